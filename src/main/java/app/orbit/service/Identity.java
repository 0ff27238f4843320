package app.orbit.service;

/** Who is using this Orbit, and whose week plan they read and generate (decision 0016). */
public interface Identity {

    /** The name of the person at this computer, recorded beside what they log, generate and own. */
    String me();

    /** The owner of the week plans this person sees: {@link app.orbit.domain.WeekPlan#OURS} or their own name. */
    String planOwner();

    /** A fixed person sharing the network's plan: for tools that run without settings. */
    static Identity of(String name) {
        return new Identity() {
            @Override
            public String me() {
                return name;
            }

            @Override
            public String planOwner() {
                return app.orbit.domain.WeekPlan.OURS;
            }
        };
    }
}
