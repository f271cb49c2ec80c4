package org.hebeiatlas.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DatasetReaderTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final DatasetReader reader = new DatasetReader(
			Validation.buildDefaultValidatorFactory().getValidator());

	@TempDir
	private Path directory;

	@Test
	void shouldReadTheBundledDatasetWhole() {
		var loaded = this.reader.read(new ClassPathResource("dataset/hebei-atlas.json"));
		AtlasDataset dataset = loaded.dataset();
		assertThat(dataset.counties()).hasSize(57);
		assertThat(dataset.clusters()).hasSize(52);
		assertThat(dataset.companies()).hasSize(67);
		assertThat(dataset.awards()).hasSize(38);
		assertThat(dataset.plans()).hasSize(16);
		assertThat(dataset.sources()).hasSize(205);
		assertThat(dataset.provincialFacts()).hasSize(19);
		assertThat(loaded.checksum()).hasSize(64);
		assertThat(loaded.location()).isEqualTo("dataset/hebei-atlas.json");
	}

	@Test
	void shouldTakeTheSameChecksumOfEveryByteWhetherItReadsTheFileOrNot() throws IOException, NoSuchAlgorithmException {
		ClassPathResource resource = new ClassPathResource("dataset/hebei-atlas.json");
		String ofAllBytes = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(resource.getInputStream().readAllBytes()));
		assertThat(this.reader.checksum(resource)).isEqualTo(ofAllBytes);
		assertThat(this.reader.read(resource).checksum()).isEqualTo(ofAllBytes);
	}

	@Test
	void shouldNameTheLineOfBrokenJson() throws IOException {
		Path file = this.directory.resolve("broken.json");
		Files.writeString(file, "{\n  \"format\": \"hebei-atlas-dataset/1\",\n  \"version\": \n}");
		assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> this.reader.read(new FileSystemResource(file)))
			.withMessageStartingWith("Dataset file '" + file + "'")
			.withMessageContaining("not valid JSON at line 4");
	}

	@Test
	void shouldNameTheRecordAndFieldOfAValueOfTheWrongType() {
		assertInvalid((dataset) -> county(dataset, 3).put("latitude", "north"), "counties[3]", "latitude",
				"'north' is not a valid number");
		assertInvalid((dataset) -> county(dataset, 3).put("kind", "PROVINCE"), "counties[3]", "kind",
				"'PROVINCE' is not one of [COUNTY, COUNTY_LEVEL_CITY, DISTRICT, TOWN, NEW_AREA]");
	}

	@Test
	void shouldRefuseUnknownFields() {
		assertInvalid((dataset) -> company(dataset, 2).put("ceo", "nobody"), "companies[2]", "ceo", "unknown field");
	}

	@Test
	void shouldRefuseValuesOutOfRange() {
		assertInvalid((dataset) -> county(dataset, 4).put("longitude", 300.0), "counties[4]", "longitude",
				"must be less than or equal to 180");
	}

	@Test
	void shouldRefuseBadSlugs() {
		assertInvalid((dataset) -> company(dataset, 0).put("slug", "Not A Slug"), "companies[0]", "slug",
				"must match");
	}

	@Test
	void shouldRefuseFactsWithoutSources() {
		assertInvalid((dataset) -> ((ObjectNode) county(dataset, 1).get("facts").get(0)).putArray("sources"),
				"counties[1].facts[0]", "sources", "must not be empty");
	}

	@Test
	void shouldRefuseReferencesToUnknownRecords() {
		assertInvalid((dataset) -> county(dataset, 0).put("city", "atlantis"), "counties[0]", "city",
				"unknown city 'atlantis'");
		assertInvalid((dataset) -> ((ArrayNode) company(dataset, 5).get("sources")).add("S9999"), "companies[5]",
				"sources", "unknown source 'S9999'");
	}

	@Test
	void shouldRefuseDuplicateSlugs() {
		assertInvalid((dataset) -> company(dataset, 1).put("slug", company(dataset, 0).get("slug").asString()),
				"companies[1]", "slug", "is used by an earlier record");
	}

	@Test
	void shouldRefuseAFigureWhoseQuoteIsNotInItsFact() {
		assertInvalid((dataset) -> ((ObjectNode) dataset.get("figures").get(0)).put("quote", "a billion bags"),
				"figures[0]", "quote", "the quote is not part of the fact's text");
	}

	@Test
	void shouldRefuseAnotherFormat() {
		assertInvalid((dataset) -> dataset.put("format", "hebei-atlas-dataset/9"), "", "format", "must match");
	}

	@Test
	void shouldRefuseAMissingFile() {
		Path missing = this.directory.resolve("missing.json");
		assertThatExceptionOfType(DatasetException.class)
			.isThrownBy(() -> this.reader.read(new FileSystemResource(missing)))
			.withMessage("Dataset file '" + missing + "' is invalid: no such file");
	}

	private void assertInvalid(Consumer<ObjectNode> change, String record, String field, String problem) {
		Path file = write(change);
		String at = record.isEmpty() ? "" : " at record " + record;
		assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> this.reader.read(new FileSystemResource(file)))
			.withMessageStartingWith("Dataset file '" + file + "' is invalid" + at + ", field '" + field + "': ")
			.withMessageContaining(problem)
			.withMessageNotContaining("org.hebeiatlas")
			.withMessageNotContaining("java.");
	}

	private Path write(Consumer<ObjectNode> change) {
		try {
			ObjectNode dataset = (ObjectNode) json
				.readTree(new ClassPathResource("dataset/hebei-atlas.json").getContentAsString(StandardCharsets.UTF_8));
			change.accept(dataset);
			Path file = Files.createTempFile(this.directory, "dataset", ".json");
			json.writeValue(file.toFile(), dataset);
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ObjectNode county(JsonNode dataset, int index) {
		return (ObjectNode) dataset.get("counties").get(index);
	}

	private static ObjectNode company(JsonNode dataset, int index) {
		return (ObjectNode) dataset.get("companies").get(index);
	}

}
