package org.hebeiatlas.dataset;

import java.util.ArrayList;
import java.util.List;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.dataset.AtlasDataset.ClusterRecord;
import org.hebeiatlas.dataset.DatasetReader.LoadedDataset;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@AtlasIntegrationTest
class DatasetImportTests {

	@Autowired
	private DatasetReader reader;

	@Autowired
	private DatasetImporter importer;

	@Autowired
	private DatasetStartupLoader startupLoader;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldNotImportTheSameFileTwice() {
		int imports = count("dataset_import");
		this.startupLoader.importIfNeeded();
		this.startupLoader.importIfNeeded();
		assertThat(count("dataset_import")).isEqualTo(imports);
		assertThat(count("company")).isEqualTo(67);
	}

	@Test
	void shouldLeaveTheDatabaseAsItWasWhenAWriteFails() {
		LoadedDataset valid = this.reader.read(new ClassPathResource("dataset/hebei-atlas.json"));
		List<ClusterRecord> clusters = new ArrayList<>(valid.dataset().clusters());
		ClusterRecord last = clusters.remove(clusters.size() - 1);
		// Bean Validation would refuse a null industry; handed straight to the importer, the database refuses it.
		clusters.add(new ClusterRecord(last.slug(), last.name(), last.nameZh(), last.county(), null, last.titles(),
				last.facts(), last.sources()));
		AtlasDataset broken = new AtlasDataset(valid.dataset().format(), "broken", null, valid.dataset().sources(),
				valid.dataset().cities(), valid.dataset().counties(), clusters, valid.dataset().companies(),
				valid.dataset().awards(), valid.dataset().plans(), valid.dataset().provincialFacts(),
				valid.dataset().figures());
		List<Integer> before = counts();

		assertThatException()
			.isThrownBy(() -> this.importer.replaceContent(new LoadedDataset(broken, "broken.json", "0".repeat(64))));

		assertThat(counts()).isEqualTo(before);
		assertThat(this.jdbc.sql("select name from company where slug = 'hongtai'").query(String.class).single())
			.isEqualTo("Hongtai");
	}

	@Test
	void shouldKeepEveryFigureTiedToTheWordsItWasReadFrom() {
		AtlasDataset dataset = this.reader.read(new ClassPathResource("dataset/hebei-atlas.json")).dataset();
		assertThat(dataset.figures()).hasSizeGreaterThan(300).allSatisfy((figure) -> {
			assertThat(figure.fact()).contains(figure.quote());
			assertThat(digitsOf(figure.quote())).contains(significantDigits(figure.value()));
		});
		assertThat(count("figure where fact_id is null")).isZero();
	}

	private List<Integer> counts() {
		return List.of(count("source"), count("county"), count("cluster"), count("company"), count("product"),
				count("award"), count("fact"), count("figure"), count("dataset_import"));
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private static String digitsOf(String text) {
		return text.replaceAll("[^0-9]", "");
	}

	/** 12097000000 → "12097", 28.0 → "28", 14.85 → "1485". */
	private static String significantDigits(double value) {
		String plain = new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
		return plain.replaceAll("[^0-9]", "").replaceAll("0+$", "").replaceFirst("^0+", "");
	}

}
