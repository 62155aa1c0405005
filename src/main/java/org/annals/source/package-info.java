/**
 * Sources: the published pages, reports and statements a timeline cites (URL, publisher, title, dates, language,
 * archived copy), one per URL per timeline. Events cite them by {@link org.annals.source.SourceId}, each citation
 * with its own quote; the source module knows nothing of events.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "history", "timeline"})
@NullMarked
package org.annals.source;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
