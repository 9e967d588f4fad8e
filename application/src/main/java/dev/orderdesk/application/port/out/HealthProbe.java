package dev.orderdesk.application.port.out;

/** One dependency's health, answered quickly (implementations bound their own wait). */
public interface HealthProbe {

    String name();

    boolean isUp();
}
