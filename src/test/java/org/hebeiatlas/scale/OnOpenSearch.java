package org.hebeiatlas.scale;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an {@code @AtlasIntegrationTest} on the scale profile's search backend: the Elasticsearch backend against the
 * shared test OpenSearch node ({@link TestOpenSearch}), over an in-memory database of its own and synchronous
 * indexing, so that the same assertions hold on both backends. The context is closed after the class, while the node
 * still runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles({ "test", "scale" })
@ContextConfiguration(initializers = OnOpenSearch.Settings.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface OnOpenSearch {

	/** The settings that put the context on OpenSearch, over every index a previous test left. */
	class Settings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestOpenSearch.deleteAllIndexes();
			TestPropertyValues
				.of("spring.jpa.properties.hibernate.search.backend.uris=" + TestOpenSearch.uri(),
						"spring.datasource.url=jdbc:h2:mem:atlas-opensearch;DB_CLOSE_DELAY=-1",
						"spring.datasource.username=sa", "spring.datasource.password=",
						// Relevance does not depend on what coordinates indexing; synchronous indexing keeps the
						// tests as they are on Lucene.
						"spring.jpa.properties.hibernate.search.coordination.strategy=none",
						"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync",
						"spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create-and-drop")
				.applyTo(context);
		}

	}

}
