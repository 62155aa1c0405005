package org.annals.reader.web;

import org.annals.publication.PublishedEventQuery;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class MissingPagesConfiguration {

    /** Right after the security headers, before the sign-in (see {@link MissingPages}). */
    @Bean
    FilterRegistrationBean<MissingPages> missingPages(PublishedEventQuery published, PageRoutes routes) {
        FilterRegistrationBean<MissingPages> registration = new FilterRegistrationBean<>(new MissingPages(published, routes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
