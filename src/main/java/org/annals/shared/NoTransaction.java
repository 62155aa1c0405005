package org.annals.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States that a public bean of a module's API opens and joins no transaction of its own, and why (the architecture
 * rule asks every such bean to state its transactions). For beans that keep their state in memory: a transaction
 * would only add a proxy to the calls views make (decision 0001).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NoTransaction {

    /** Why the bean needs no transaction. */
    String value();
}
