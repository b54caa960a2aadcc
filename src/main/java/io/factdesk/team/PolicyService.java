package io.factdesk.team;

import org.springframework.stereotype.Service;

import io.factdesk.db.Transactions;

/** Reads and changes the team's review policy; a change applies to every claim at once, as states are derived. */
@Service
public class PolicyService {

    private final ReviewPolicyRepository policies;
    private final Transactions transactions;

    public PolicyService(ReviewPolicyRepository policies, Transactions transactions) {
        this.policies = policies;
        this.transactions = transactions;
    }

    public ReviewPolicy current() {
        return policies.get();
    }

    public ReviewPolicy set(PolicySetting setting, String value) {
        return transactions.inTransaction(() -> {
            ReviewPolicy changed = setting.applyTo(policies.get(), value);
            policies.save(changed);
            return changed;
        });
    }
}
