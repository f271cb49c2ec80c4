package org.hebeiatlas.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hebeiatlas.award.AwardLevel;
import org.hebeiatlas.company.CompanyKind;
import org.hebeiatlas.county.CityKind;
import org.hebeiatlas.county.CountyKind;
import org.hebeiatlas.dataset.AtlasDataset.AwardRecord;
import org.hebeiatlas.dataset.AtlasDataset.BrandRecord;
import org.hebeiatlas.dataset.AtlasDataset.CityRecord;
import org.hebeiatlas.dataset.AtlasDataset.ClusterRecord;
import org.hebeiatlas.dataset.AtlasDataset.CompanyRecord;
import org.hebeiatlas.dataset.AtlasDataset.CountyRecord;
import org.hebeiatlas.dataset.AtlasDataset.FactRecord;
import org.hebeiatlas.dataset.AtlasDataset.ProductRecord;
import org.hebeiatlas.dataset.AtlasDataset.RecipientRecord;
import org.hebeiatlas.dataset.AtlasDataset.RecipientType;
import org.hebeiatlas.dataset.AtlasDataset.SourceRecord;
import org.hebeiatlas.source.Reliability;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deterministic made-up dataset of any size, for tests that need more rows than the bundled one has.
 */
public final class SyntheticDataset {

	private static final int COUNTIES = 10;

	private static final int CLUSTERS = 20;

	private SyntheticDataset() {
	}

	public static AtlasDataset generate(int companyCount) {
		List<SourceRecord> sources = List.of(
				new SourceRecord("S1", "Synthetic source one", "https://example.org/1", "2024-01-01", "Test",
						Reliability.HIGH, null),
				new SourceRecord("S2", "Synthetic source two", null, "2024", "Test", Reliability.LOW, null));
		List<CityRecord> cities = List.of(new CityRecord("testcity", "Testcity", "测试市", CityKind.PREFECTURE_CITY,
				List.of("S1")));
		List<CountyRecord> counties = new ArrayList<>();
		for (int i = 0; i < COUNTIES; i++) {
			counties.add(new CountyRecord("county-" + i, "County " + i, null, CountyKind.COUNTY, "testcity", false,
					null, 38.0 + i / 10.0, 115.0 + i / 10.0, null,
					List.of(new FactRecord("County " + i + " fact.", 2024, List.of("S1"), false, null)),
					List.of("S1")));
		}
		List<ClusterRecord> clusters = new ArrayList<>();
		for (int i = 0; i < CLUSTERS; i++) {
			clusters.add(new ClusterRecord("cluster-" + i, "Cluster " + i, null, "county-" + (i % COUNTIES),
					"Industry " + i, List.of("Title " + i), List.of(), List.of("S1", "S2")));
		}
		List<CompanyRecord> companies = new ArrayList<>();
		List<AwardRecord> awards = new ArrayList<>();
		for (int i = 0; i < companyCount; i++) {
			String slug = "company-" + i;
			List<ProductRecord> products = List.of(
					new ProductRecord(slug + "-a", "Product A of " + i, null, "First product.", slug + "-brand", null),
					new ProductRecord(slug + "-b", "Product B of " + i, null, "Second product.", null, null),
					new ProductRecord(slug + "-c", "Product C of " + i, null, "Third product.", null, null));
			companies.add(new CompanyRecord(slug, "Company " + i, "公司" + i, CompanyKind.COMPANY,
					"county-" + (i % COUNTIES),
					List.of("cluster-" + (i % CLUSTERS), "cluster-" + ((i + 1) % CLUSTERS)), "Makes things.",
					List.of(new BrandRecord(slug + "-brand", "Brand " + i, null, null)), products,
					List.of(new FactRecord("Company " + i + " fact.", 2023, List.of("S2"), i % 7 == 0, null)),
					List.of("S1", "S2"), false, null));
			if (i % 5 == 0) {
				awards.add(new AwardRecord("award-" + i, "Award " + i, null, "test award", AwardLevel.INDUSTRY,
						"Test Association", 2000 + i % 25, null, null,
						List.of(new RecipientRecord(RecipientType.COMPANY, slug),
								new RecipientRecord(RecipientType.PRODUCT, slug + "-a")),
						null, "county-" + (i % COUNTIES), List.of("S1"), false));
			}
		}
		return new AtlasDataset(AtlasDataset.FORMAT, "synthetic-" + companyCount, "Synthetic test data", sources,
				cities, counties, clusters, companies, awards, List.of(), List.of(), List.of());
	}

	public static Path write(int companyCount, Path directory) {
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve("synthetic-" + companyCount + ".json");
			JsonMapper.builder().build().writeValue(file.toFile(), generate(companyCount));
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
