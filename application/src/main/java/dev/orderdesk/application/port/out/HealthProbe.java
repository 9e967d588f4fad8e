package dev.orderdesk.application.port.out;

/** One dependency's health, answered quickly (implementations bound their own wait). */
public interface HealthProbe {

    /**
     * The dependency's name as readiness reports it.
     *
     * @return a short stable name, such as {@code database}
     */
    String name();

    /**
     * Asks the dependency now, within the probe's own time bound; never throws for a dependency that is down.
     *
     * @return true when the dependency answered in time
     */
    boolean isUp();
}
