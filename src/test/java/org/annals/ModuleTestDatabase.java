package org.annals;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * For a module test (Spring Modulith's {@code @ApplicationModuleTest}): the test profile on a database of its own,
 * {@code annals_test_modules}, since the test profile recreates its database whenever a context starts. Module tests
 * are named {@code *ModuleTest} and run in the surefire execution "module-tests", in a JVM of their own: each context
 * installs its own security holder strategy JVM-wide, which would cut the integration tests' shared context off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("test")
// no server port in a module test: links name a fixed address
@TestPropertySource(properties = {"annals.db.name=annals_test_modules", "annals.public-base-url=http://localhost"})
public @interface ModuleTestDatabase {
}
