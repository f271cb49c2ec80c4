/**
 * What operators see through Spring Boot Actuator: health, info and timers.
 * <p>
 * Health ({@code /actuator/health}) aggregates every {@code HealthIndicator} bean: Spring Boot's {@code db} checks the
 * database, {@link org.hebeiatlas.ops.DatasetHealthIndicator} that a dataset is loaded. A feature with its own
 * infrastructure, such as the search index, contributes its indicator by declaring a {@code HealthIndicator} bean in
 * its own package; nothing here needs to change. Long-running operations of a feature are timed with
 * {@link org.hebeiatlas.ops.Timings}.
 */
package org.hebeiatlas.ops;
