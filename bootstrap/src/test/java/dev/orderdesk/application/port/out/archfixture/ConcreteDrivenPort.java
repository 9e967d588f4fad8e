package dev.orderdesk.application.port.out.archfixture;

/** A driven port that is a class, not an interface: broken on purpose. */
public class ConcreteDrivenPort {
}
