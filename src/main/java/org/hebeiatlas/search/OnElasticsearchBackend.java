package org.hebeiatlas.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** A bean for the Elasticsearch backend (Elasticsearch or OpenSearch): the {@code scale} profile. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = OnLuceneBackend.BACKEND_TYPE, havingValue = "elasticsearch")
@interface OnElasticsearchBackend {

}
