package org.hebeiatlas.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Marks a GraphQL field that writes: only an authenticated curator may call it. Anonymous callers get an
 * {@code UNAUTHORIZED} error, other users {@code FORBIDDEN}, and nothing runs.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('CURATOR')")
public @interface CuratorOnly {

}
