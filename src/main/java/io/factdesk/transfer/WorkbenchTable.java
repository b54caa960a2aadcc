package io.factdesk.transfer;

/**
 * The tables that make up a workbench, in the order a copy writes them: every row refers only to rows of
 * tables before it, or (in the verdict log) to entries with smaller ids. Each is read in the order of its
 * key, on either engine, which is also the order the checksum sees its rows in.
 */
public enum WorkbenchTable {
    SEED("seed", 8),
    CLAIM("claim", 500),
    CLAIM_EMBEDDING("claim_embedding", 500),
    /** The matching index's centroids: refer to nothing; claim_embedding.list_no refers to them by number. */
    CLAIM_VECTOR_LIST("claim_vector_list", 500),
    IMPORT_BATCH("import_batch", 500),
    VERDICT("verdict", 500),
    VERDICT_EVIDENCE("verdict_evidence", 1000),
    CLAIM_GROUP_MEMBER("claim_group_member", 1000),
    CLAIM_MATCH("claim_match", 1000),
    TEAM_MEMBER("team_member", 1000),
    /** One row, which every new database already has: the copy replaces it. */
    REVIEW_POLICY("review_policy", 1),
    DESK_EVENT("desk_event", 1000),
    /** The library of published fact-checks: refers to nothing, and nothing refers to it. */
    FACT_CHECK("fact_check", 500),
    FACT_CHECK_EMBEDDING("fact_check_embedding", 500),
    CLAIM_LIBRARY_MATCH("claim_library_match", 1000);

    private final String tableName;
    private final int pageSize;

    /**
     * @param pageSize rows read and written at a time: few for seeds, whose bodies may be megabytes each;
     *                 for the others, few enough that a page's bind values stay under either engine's limit
     */
    WorkbenchTable(String tableName, int pageSize) {
        this.tableName = tableName;
        this.pageSize = pageSize;
    }

    /** The table's name in both schemas, as the copy's report prints it. */
    public String tableName() {
        return tableName;
    }

    int pageSize() {
        return pageSize;
    }
}
