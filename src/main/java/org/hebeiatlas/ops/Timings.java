package org.hebeiatlas.ops;

import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.stereotype.Component;

/**
 * Times the Atlas's own operations as Micrometer observations: each name becomes a timer under
 * {@code /actuator/metrics/<name>} (and a span where tracing is on), beside Spring for GraphQL's
 * {@code graphql.request} and {@code graphql.datafetcher}.
 */
@Component
public class Timings {

	/** Latency of full-text searches. */
	public static final String SEARCH = "atlas.search";

	private final ObservationRegistry registry;

	public Timings(ObservationRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Runs the work, timed under the given name; {@code kind} tells apart what is timed under one name (such as
	 * "companies" and "clusters" for search) and must come from a small fixed set, never from user input.
	 */
	public <T> T time(String name, String kind, Supplier<T> work) {
		return Observation.createNotStarted(name, this.registry).lowCardinalityKeyValue("kind", kind).observe(work);
	}

}
