package org.hebeiatlas.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hebeiatlas.dataset.AtlasDataset.AwardRecord;
import org.hebeiatlas.dataset.AtlasDataset.BrandRecord;
import org.hebeiatlas.dataset.AtlasDataset.ClusterRecord;
import org.hebeiatlas.dataset.AtlasDataset.CompanyRecord;
import org.hebeiatlas.dataset.AtlasDataset.CountyRecord;
import org.hebeiatlas.dataset.AtlasDataset.FactRecord;
import org.hebeiatlas.dataset.AtlasDataset.FigureRecord;
import org.hebeiatlas.dataset.AtlasDataset.ProductRecord;
import org.hebeiatlas.dataset.AtlasDataset.RecipientRecord;

/**
 * Checks that every slug is unique and every reference between records (and to sources) resolves.
 */
final class DatasetReferences {

	private final AtlasDataset dataset;

	private final String location;

	private final Set<String> sources = new HashSet<>();

	private final Set<String> cities = new HashSet<>();

	private final Set<String> counties = new HashSet<>();

	private final Set<String> clusters = new HashSet<>();

	private final Set<String> companies = new HashSet<>();

	private final Set<String> products = new HashSet<>();

	private final Set<String> brandsAndProducts = new HashSet<>();

	private final Set<String> awards = new HashSet<>();

	private final Set<String> plans = new HashSet<>();

	private final Map<String, Set<String>> factTexts = new HashMap<>();

	private DatasetReferences(AtlasDataset dataset, String location) {
		this.dataset = dataset;
		this.location = location;
	}

	static void check(AtlasDataset dataset, String location) {
		new DatasetReferences(dataset, location).check();
	}

	private void check() {
		for (int i = 0; i < this.dataset.sources().size(); i++) {
			unique(this.sources, this.dataset.sources().get(i).id(), "sources[" + i + "]", "id");
		}
		for (int i = 0; i < this.dataset.cities().size(); i++) {
			var city = this.dataset.cities().get(i);
			String record = "cities[" + i + "]";
			unique(this.cities, city.slug(), record, "slug");
			sources(city.sources(), record);
		}
		for (int i = 0; i < this.dataset.counties().size(); i++) {
			checkCounty(this.dataset.counties().get(i), "counties[" + i + "]");
		}
		for (int i = 0; i < this.dataset.clusters().size(); i++) {
			checkCluster(this.dataset.clusters().get(i), "clusters[" + i + "]");
		}
		for (int i = 0; i < this.dataset.companies().size(); i++) {
			checkCompany(this.dataset.companies().get(i), "companies[" + i + "]");
		}
		for (int i = 0; i < this.dataset.awards().size(); i++) {
			checkAward(this.dataset.awards().get(i), "awards[" + i + "]");
		}
		for (int i = 0; i < this.dataset.plans().size(); i++) {
			var plan = this.dataset.plans().get(i);
			unique(this.plans, plan.slug(), "plans[" + i + "]", "slug");
			sources(plan.sources(), "plans[" + i + "]");
		}
		facts(this.dataset.provincialFacts(), "provincialFacts", "PROVINCE:hebei");
		for (int i = 0; i < this.dataset.figures().size(); i++) {
			checkFigure(this.dataset.figures().get(i), "figures[" + i + "]");
		}
	}

	private void checkCounty(CountyRecord county, String record) {
		unique(this.counties, county.slug(), record, "slug");
		reference(this.cities, county.city(), record, "city", "city");
		if ((county.latitude() == null) != (county.longitude() == null)) {
			fail(record, "latitude", "latitude and longitude go together: give both or neither");
		}
		facts(county.facts(), record + ".facts", "COUNTY:" + county.slug());
		sources(county.sources(), record);
	}

	private void checkCluster(ClusterRecord cluster, String record) {
		unique(this.clusters, cluster.slug(), record, "slug");
		optionalReference(this.counties, cluster.county(), record, "county", "county");
		facts(cluster.facts(), record + ".facts", "CLUSTER:" + cluster.slug());
		sources(cluster.sources(), record);
	}

	private void checkCompany(CompanyRecord company, String record) {
		unique(this.companies, company.slug(), record, "slug");
		optionalReference(this.counties, company.county(), record, "county", "county");
		for (String cluster : listOf(company.clusters())) {
			reference(this.clusters, cluster, record, "clusters", "cluster");
		}
		Set<String> brands = new HashSet<>();
		List<BrandRecord> brandRecords = listOf(company.brands());
		for (int i = 0; i < brandRecords.size(); i++) {
			BrandRecord brand = brandRecords.get(i);
			unique(this.brandsAndProducts, brand.slug(), record + ".brands[" + i + "]", "slug");
			brands.add(brand.slug());
			sources(brand.sources(), record + ".brands[" + i + "]");
		}
		List<ProductRecord> productRecords = listOf(company.products());
		for (int i = 0; i < productRecords.size(); i++) {
			ProductRecord product = productRecords.get(i);
			String productRecord = record + ".products[" + i + "]";
			unique(this.brandsAndProducts, product.slug(), productRecord, "slug");
			this.products.add(product.slug());
			optionalReference(brands, product.brand(), productRecord, "brand", "brand of this company");
			sources(product.sources(), productRecord);
		}
		facts(company.facts(), record + ".facts", "COMPANY:" + company.slug());
		sources(company.sources(), record);
	}

	private void checkAward(AwardRecord award, String record) {
		unique(this.awards, award.slug(), record, "slug");
		optionalReference(this.counties, award.county(), record, "county", "county");
		for (RecipientRecord recipient : listOf(award.recipients())) {
			Set<String> known = switch (recipient.type()) {
				case COMPANY -> this.companies;
				case PRODUCT -> this.products;
				case CLUSTER -> this.clusters;
				case COUNTY -> this.counties;
			};
			reference(known, recipient.slug(), record, "recipients", recipient.type().name().toLowerCase());
		}
		sources(award.sources(), record);
	}

	private void checkFigure(FigureRecord figure, String record) {
		String subject = figure.subject().type() + ":" + figure.subject().slug();
		Set<String> known = switch (figure.subject().type()) {
			case PROVINCE -> Set.of("hebei");
			case COUNTY -> this.counties;
			case CLUSTER -> this.clusters;
			case COMPANY -> this.companies;
		};
		reference(known, figure.subject().slug(), record, "subject", figure.subject().type().name().toLowerCase());
		if (figure.fact() != null && !this.factTexts.getOrDefault(subject, Set.of()).contains(figure.fact())) {
			fail(record, "fact", "no fact of " + subject + " has this text");
		}
		if (figure.quote() != null && figure.fact() != null && !figure.fact().contains(figure.quote())) {
			fail(record, "quote", "the quote is not part of the fact's text");
		}
		sources(figure.sources(), record);
	}

	private void facts(List<FactRecord> facts, String record, String subject) {
		for (int i = 0; i < facts.size(); i++) {
			sources(facts.get(i).sources(), record + "[" + i + "]");
			this.factTexts.computeIfAbsent(subject, (key) -> new HashSet<>()).add(facts.get(i).text());
		}
	}

	private void sources(List<String> codes, String record) {
		for (String code : listOf(codes)) {
			reference(this.sources, code, record, "sources", "source");
		}
	}

	private void unique(Set<String> seen, String key, String record, String field) {
		if (!seen.add(key)) {
			fail(record, field, "'" + key + "' is used by an earlier record");
		}
	}

	private void reference(Set<String> known, String key, String record, String field, String what) {
		if (!known.contains(key)) {
			fail(record, field, "unknown " + what + " '" + key + "'");
		}
	}

	private void optionalReference(Set<String> known, String key, String record, String field, String what) {
		if (key != null) {
			reference(known, key, record, field, what);
		}
	}

	private void fail(String record, String field, String problem) {
		throw new DatasetException(this.location, record, field, problem);
	}

	private static <T> List<T> listOf(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
