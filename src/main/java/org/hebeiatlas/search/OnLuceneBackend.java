package org.hebeiatlas.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** A bean for the Lucene backend: the default run, an index on local disk. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = OnLuceneBackend.BACKEND_TYPE, havingValue = "lucene", matchIfMissing = true)
@interface OnLuceneBackend {

	/** The setting that names the search backend. */
	String BACKEND_TYPE = "spring.jpa.properties.hibernate.search.backend.type";

}
