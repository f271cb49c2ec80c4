package org.hebeiatlas.scale;

import java.time.Duration;
import java.util.List;

import org.hebeiatlas.AtlasApplication;
import org.hebeiatlas.curation.Curators;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One Atlas instance on the scale profile, as a deployment runs it: its own Spring context on a random port, on a
 * shared PostgreSQL database and the shared test OpenSearch node, with outbox-polling coordination. Event processors
 * poll and beat faster than by default, so that tests wait less for a stopped instance's share of the events.
 */
final class AtlasInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final HttpGraphQlTester graphQl;

	private AtlasInstance(ConfigurableApplicationContext context) {
		this.context = context;
		String port = context.getEnvironment().getRequiredProperty("local.server.port");
		this.graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://127.0.0.1:" + port + "/graphql")
			.responseTimeout(Duration.ofMinutes(1))
			.build());
	}

	static AtlasInstance start(String name, String databaseUrl, ApplicationListener<?>... listeners) {
		List<String> arguments = List.of("--server.port=0", "--spring.application.name=atlas-" + name,
				"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + TestPostgreSql.username(),
				"--spring.datasource.password=" + TestPostgreSql.password(),
				"--spring.jpa.properties.hibernate.search.backend.uris=" + TestOpenSearch.uri(),
				"--spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=100",
				"--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval=500",
				"--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_expiration=5000",
				"--spring.jpa.properties.hibernate.search.coordination.mass_indexer.polling_interval=100",
				"--spring.jpa.properties.hibernate.search.coordination.mass_indexer.pulse_interval=500",
				"--spring.jpa.properties.hibernate.search.coordination.mass_indexer.pulse_expiration=5000");
		// The test profile brings the test curator; the scale profile, applied after it, the backends.
		return new AtlasInstance(new SpringApplicationBuilder(AtlasApplication.class).profiles("test", "scale")
			.listeners(listeners)
			.run(arguments.toArray(String[]::new)));
	}

	HttpGraphQlTester graphQl() {
		return this.graphQl;
	}

	HttpGraphQlTester asCurator() {
		return Curators.asCurator(this.graphQl);
	}

	boolean isRunning() {
		return this.context.isActive();
	}

	@Override
	public void close() {
		if (this.context.isActive()) {
			this.context.close();
		}
	}

}
