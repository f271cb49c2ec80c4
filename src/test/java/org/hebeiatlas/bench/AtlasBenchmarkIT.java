package org.hebeiatlas.bench;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark, run by {@code ./mvnw -B -Pbench -Dbench.n=N verify} (N defaults to 100,000). It prints a
 * table and one {@code BENCH {json}} line; it checks that every query answered, never how fast.
 */
class AtlasBenchmarkIT {

	@Test
	void benchmark() throws Exception {
		int n = Integer.getInteger("bench.n", 100_000);
		String jvmArguments = System.getProperty("bench.jvmArgs", "").trim();
		AtlasBenchmark.Options options = AtlasBenchmark.Options.of(n, Path.of("target", "bench"));
		options = new AtlasBenchmark.Options(options.n(), options.workDirectory(), options.warmupRounds(),
				options.rounds(), options.sqlRounds(), System.getProperty("bench.xmx", options.maxHeap()),
				jvmArguments.isEmpty() ? List.of() : List.of(jvmArguments.split("\\s+")));
		AtlasBenchmark.Result result = AtlasBenchmark.run(options);
		System.out.println("BENCH " + result.json());
		assertThat(result.searchHits()).allSatisfy((query, hits) -> assertThat(hits).as(query).isPositive());
	}

}
