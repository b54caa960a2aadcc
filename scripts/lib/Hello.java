// The bare-JVM baseline of scripts/bench's start-up row: what any Java command costs to start.
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
