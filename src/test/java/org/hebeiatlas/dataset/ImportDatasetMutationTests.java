package org.hebeiatlas.dataset;

import java.io.IOException;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hebeiatlas.curation.Curators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curators import a dataset through the same checked path as the start-up loader; it runs on a database of its own,
 * since an import replaces everything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:import-mutation;DB_CLOSE_DELAY=-1",
				"atlas.dataset.import-directory=target/test-import" })
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
class ImportDatasetMutationTests {

	// language=GraphQL
	private static final String IMPORT = """
			mutation ($file: String!) {
			  importDataset(input: { file: $file }) {
			    summary { version companies counties durationMs }
			    userErrors { field message code }
			  }
			}
			""";

	private static final Path FOLDER = Path.of("target", "test-import");

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Test
	void shouldReplaceTheAtlasWithAnImportedFile() throws IOException {
		Files.createDirectories(FOLDER);
		Path file = SyntheticDataset.write(30, FOLDER);

		var response = importFile(file.getFileName().toString());
		response.path("importDataset.userErrors").entityList(Object.class).hasSize(0);
		response.path("importDataset.summary.version").entity(String.class).isEqualTo("synthetic-30");
		response.path("importDataset.summary.companies").entity(Integer.class).isEqualTo(30);
		this.graphQlTester.document("{ companies { totalCount } county(slug: \"qinghe\") { name } }")
			.execute()
			.path("companies.totalCount")
			.entity(Integer.class)
			.isEqualTo(30)
			.path("county")
			.valueIsNull();
	}

	@Test
	void shouldNameTheRecordAndFieldOfABrokenFileAndChangeNothing() throws IOException {
		Files.createDirectories(FOLDER);
		String broken = Files.readString(SyntheticDataset.write(5, FOLDER))
			.replace("\"city\":\"testcity\"", "\"city\":\"nowhere\"");
		Files.writeString(FOLDER.resolve("broken.json"), broken);
		int before = companies();

		importFile("broken.json").path("importDataset.summary")
			.valueIsNull()
			.path("importDataset.userErrors[0]")
			.entity(Map.class)
			.satisfies((error) -> assertThat(error).containsEntry("code", "INVALID")
				.containsEntry("message",
						"Dataset file 'broken.json' is invalid at record counties[0], field 'city': unknown city 'nowhere'"));
		assertThat(companies()).isEqualTo(before);
	}

	@Test
	void shouldOnlyReadFilesInTheImportFolder() {
		for (String file : new String[] { "../../pom.xml", "/etc/passwd", "", "nested/file.json" }) {
			importFile(file).path("importDataset.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
		}
		importFile("missing.json").path("importDataset.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
	}

	@Test
	void shouldRefuseAnonymousImports() {
		this.graphQlTester.document(IMPORT)
			.variable("file", "anything.json")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
	}

	private GraphQlTester.Response importFile(String file) {
		// An import rebuilds the search index, which takes seconds on a busy machine.
		return Curators.asCurator(this.graphQlTester.mutate().responseTimeout(Duration.ofMinutes(2)).build())
			.document(IMPORT)
			.variable("file", file)
			.execute();
	}

	private int companies() {
		return this.graphQlTester.document("{ companies { totalCount } }")
			.execute()
			.path("companies.totalCount")
			.entity(Integer.class)
			.get();
	}

}
