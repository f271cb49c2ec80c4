package org.hebeiatlas.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark working: a small run (1,000 companies, a few rounds) of the same code as
 * {@code ./mvnw -Pbench verify}. It checks what the benchmark reports, never a time.
 */
class AtlasBenchmarkSmokeTests {

	@TempDir
	private Path work;

	@Test
	void shouldReportEveryFigureOfASmallRun() throws Exception {
		AtlasBenchmark.Result result = AtlasBenchmark.run(AtlasBenchmark.Options.of(1_000, this.work).quick());

		assertThat(result.json()).startsWith("{\"n\":1000,")
			.contains("\"importPerSec\":", "\"indexPerSec\":", "\"searchP50Ms\":", "\"searchP99Ms\":",
					"\"searchQps8\":", "\"luceneP50Ms\":", "\"likeP50Ms\":", "\"nestedP50Ms\":", "\"nestedStatements\":",
					"\"startupMs\":", "\"heapMb\":", "\"rssMb\":");
		assertThat(result.searchHits()).hasSize(AtlasBenchmark.QUERIES.size())
			.allSatisfy((query, hits) -> assertThat(hits).as(query).isPositive());
		assertThat(result.nestedStatements()).isBetween(1, 10);
		assertThat(result.heapMb()).isPositive();
		assertThat(result.table()).contains("nested 100 companies", "raw Lucene", "LIKE");
	}

	@Test
	void shouldGenerateTheSameDatasetEveryTime() {
		assertThat(BenchDataset.generate(200)).isEqualTo(BenchDataset.generate(200));
		assertThat(BenchDataset.generate(300).companies()).hasSize(300)
			.allSatisfy((company) -> assertThat(company.products()).isNotEmpty());
	}

}
