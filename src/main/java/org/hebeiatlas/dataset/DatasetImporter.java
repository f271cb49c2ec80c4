package org.hebeiatlas.dataset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.hebeiatlas.award.Award;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Brand;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.City;
import org.hebeiatlas.county.County;
import org.hebeiatlas.dataset.AtlasDataset.AwardRecord;
import org.hebeiatlas.dataset.AtlasDataset.ClusterRecord;
import org.hebeiatlas.dataset.AtlasDataset.CompanyRecord;
import org.hebeiatlas.dataset.AtlasDataset.CountyRecord;
import org.hebeiatlas.dataset.AtlasDataset.FactRecord;
import org.hebeiatlas.dataset.AtlasDataset.FigureRecord;
import org.hebeiatlas.dataset.AtlasDataset.PlanRecord;
import org.hebeiatlas.dataset.AtlasDataset.SourceRecord;
import org.hebeiatlas.dataset.DatasetReader.LoadedDataset;
import org.hebeiatlas.fact.Fact;
import org.hebeiatlas.fact.Subject;
import org.hebeiatlas.figure.Figure;
import org.hebeiatlas.model.SourcedEntity;
import org.hebeiatlas.plan.Plan;
import org.hebeiatlas.product.Product;
import org.hebeiatlas.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the Atlas's content with a checked dataset, through JPA and in one transaction: either the whole dataset is
 * in the database afterwards, or nothing changed.
 */
@Service
public class DatasetImporter {

	private static final Logger logger = LoggerFactory.getLogger(DatasetImporter.class);

	/** Child tables first, so that no foreign key is violated on the way. */
	private static final List<String> TABLES = List.of("figure_source", "figure", "fact_source", "fact",
			"award_source", "award_company", "award_product", "award_cluster", "award_county", "award",
			"product_source", "product", "brand_source", "brand", "company_source", "company_cluster", "company",
			"cluster_source", "cluster_title", "cluster", "county_source", "county", "city_source", "city",
			"plan_source", "plan", "source");

	private static final Pattern CODE_NUMBER = Pattern.compile("^(\\D*)(\\d+)(.*)$");

	private static final int FLUSH_EVERY = 500;

	private final EntityManager entityManager;

	private final DatasetImportRepository imports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DatasetImporter(EntityManager entityManager, DatasetImportRepository imports, ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.imports = imports;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	public ImportSummary replaceContent(LoadedDataset loaded) {
		Instant start = this.clock.instant();
		AtlasDataset dataset = loaded.dataset();
		TABLES.forEach((table) -> this.entityManager.createNativeQuery("delete from " + table).executeUpdate());
		this.entityManager.clear();
		this.events.publishEvent(new DatasetImportEvent.Started(loaded.location()));
		new Writer(dataset).write();
		this.imports.save(new DatasetImport(loaded.location(), dataset.format(), dataset.version(), loaded.checksum(),
				start, dataset.recordCount()));
		this.entityManager.flush();
		Duration took = Duration.between(start, this.clock.instant());
		ImportSummary summary = new ImportSummary(loaded.location(), dataset.version(), dataset.sources().size(),
				dataset.counties().size(), dataset.clusters().size(), dataset.companies().size(),
				dataset.awards().size(), dataset.plans().size(), dataset.figures().size(), took);
		logger.info("Imported {}", summary);
		this.events.publishEvent(new DatasetImportEvent.Finished(summary));
		return summary;
	}

	/** Counts of what an import wrote, and how long it took. */
	public record ImportSummary(String location, String version, int sources, int counties, int clusters,
			int companies, int awards, int plans, int figures, Duration took) {

	}

	/** Writes one dataset, resolving slugs to the entities it has written so far. */
	private final class Writer {

		private final AtlasDataset dataset;

		private final Map<String, Source> sources = new HashMap<>();

		private final Map<String, City> cities = new HashMap<>();

		private final Map<String, County> counties = new HashMap<>();

		private final Map<String, Cluster> clusters = new HashMap<>();

		private final Map<String, Company> companies = new HashMap<>();

		private final Map<String, Product> products = new HashMap<>();

		private final Map<String, List<Fact>> factsBySubject = new HashMap<>();

		private int pending;

		Writer(AtlasDataset dataset) {
			this.dataset = dataset;
		}

		void write() {
			this.dataset.sources().stream().sorted(naturalCodeOrder()).forEach(this::writeSource);
			this.dataset.cities().forEach((record) -> {
				City city = new City();
				city.setSlug(record.slug());
				city.setName(record.name());
				city.setNameZh(record.nameZh());
				city.setKind(record.kind());
				linkSources(city, record.sources());
				this.cities.put(record.slug(), persist(city));
			});
			this.dataset.counties().forEach(this::writeCounty);
			this.dataset.clusters().forEach(this::writeCluster);
			this.dataset.companies().forEach(this::writeCompany);
			this.dataset.awards().forEach(this::writeAward);
			this.dataset.plans().forEach(this::writePlan);
			writeFacts(this.dataset.provincialFacts(), Subject.province(), "PROVINCE:hebei");
			this.dataset.figures().forEach(this::writeFigure);
		}

		private void writeSource(SourceRecord record) {
			Source source = new Source();
			source.setCode(record.id());
			source.setTitle(record.title());
			source.setUrl(record.url());
			source.setPublished(record.date());
			source.setPublisher(record.publisher());
			source.setReliability(record.reliability());
			source.setNote(record.note());
			this.sources.put(record.id(), persist(source));
		}

		private void writeCounty(CountyRecord record) {
			County county = new County();
			county.setSlug(record.slug());
			county.setName(record.name());
			county.setNameZh(record.nameZh());
			county.setKind(record.kind());
			county.setCity(this.cities.get(record.city()));
			county.setProvinciallyAdministered(record.provinciallyAdministered());
			county.setNote(record.note());
			county.setCoordinates(record.latitude(), record.longitude());
			if (record.coordinateSource() != null) {
				county.setCoordinateSource(record.coordinateSource().title(), record.coordinateSource().url());
			}
			linkSources(county, record.sources());
			this.counties.put(record.slug(), persist(county));
			writeFacts(record.facts(), Subject.of(county), "COUNTY:" + record.slug());
		}

		private void writeCluster(ClusterRecord record) {
			Cluster cluster = new Cluster();
			cluster.setSlug(record.slug());
			cluster.setName(record.name());
			cluster.setNameZh(record.nameZh());
			cluster.setCounty(countyOrNull(record.county()));
			cluster.setIndustry(record.industry());
			cluster.setTitles((record.titles() != null) ? record.titles() : List.of());
			linkSources(cluster, record.sources());
			this.clusters.put(record.slug(), persist(cluster));
			writeFacts(record.facts(), Subject.of(cluster), "CLUSTER:" + record.slug());
		}

		private void writeCompany(CompanyRecord record) {
			Company company = new Company();
			company.setSlug(record.slug());
			company.setName(record.name());
			company.setNameZh(record.nameZh());
			company.setKind(record.kind());
			company.setCounty(countyOrNull(record.county()));
			listOf(record.clusters()).forEach((slug) -> company.addCluster(this.clusters.get(slug)));
			company.setDescription(record.description());
			company.setUncertain(record.uncertain());
			company.setNote(record.note());
			linkSources(company, record.sources());
			this.companies.put(record.slug(), persist(company));
			Map<String, Brand> brands = new HashMap<>();
			listOf(record.brands()).forEach((brandRecord) -> {
				Brand brand = new Brand();
				brand.setSlug(brandRecord.slug());
				brand.setName(brandRecord.name());
				brand.setNameZh(brandRecord.nameZh());
				brand.setCompany(company);
				linkSources(brand, (brandRecord.sources() != null) ? brandRecord.sources() : record.sources());
				brands.put(brandRecord.slug(), persist(brand));
			});
			listOf(record.products()).forEach((productRecord) -> {
				Product product = new Product();
				product.setSlug(productRecord.slug());
				product.setName(productRecord.name());
				product.setNameZh(productRecord.nameZh());
				product.setDescription(productRecord.description());
				product.setCompany(company);
				product.setBrand((productRecord.brand() != null) ? brands.get(productRecord.brand()) : null);
				linkSources(product, (productRecord.sources() != null) ? productRecord.sources() : record.sources());
				this.products.put(productRecord.slug(), persist(product));
			});
			writeFacts(record.facts(), Subject.of(company), "COMPANY:" + record.slug());
		}

		private void writeAward(AwardRecord record) {
			Award award = new Award();
			award.setSlug(record.slug());
			award.setName(record.name());
			award.setNameZh(record.nameZh());
			award.setCategory(record.category());
			award.setLevel(record.level());
			award.setGrantor(record.grantor());
			award.setYear(record.year());
			award.setYearText(record.yearText());
			award.setDescription(record.description());
			award.setCounty(countyOrNull(record.county()));
			award.setRecipientText(record.recipientText());
			award.setUncertain(record.uncertain());
			listOf(record.recipients()).forEach((recipient) -> {
				switch (recipient.type()) {
					case COMPANY -> award.getCompanies().add(this.companies.get(recipient.slug()));
					case PRODUCT -> award.getProducts().add(this.products.get(recipient.slug()));
					case CLUSTER -> award.getClusters().add(this.clusters.get(recipient.slug()));
					case COUNTY -> award.getCounties().add(this.counties.get(recipient.slug()));
				}
			});
			linkSources(award, record.sources());
			persist(award);
		}

		private void writePlan(PlanRecord record) {
			Plan plan = new Plan();
			plan.setSlug(record.slug());
			plan.setName(record.name());
			plan.setNameZh(record.nameZh());
			plan.setIssuer(record.issuer());
			plan.setIssued(record.date());
			plan.setYear(record.year());
			plan.setDescription(record.description());
			plan.setUncertain(record.uncertain());
			linkSources(plan, record.sources());
			persist(plan);
		}

		private void writeFacts(List<FactRecord> records, Subject subject, String subjectKey) {
			for (int i = 0; i < records.size(); i++) {
				FactRecord record = records.get(i);
				Fact fact = new Fact();
				fact.setText(record.text());
				fact.setYear(record.year());
				fact.setUncertain(record.uncertain());
				fact.setNote(record.note());
				fact.setSubject(subject);
				fact.setPosition(i);
				linkSources(fact, record.sources());
				this.factsBySubject.computeIfAbsent(subjectKey, (key) -> new java.util.ArrayList<>()).add(persist(fact));
			}
		}

		private void writeFigure(FigureRecord record) {
			Figure figure = new Figure();
			figure.setMetric(record.metric());
			figure.setLabel(record.label());
			figure.setValue(record.value());
			figure.setUnit(record.unit());
			figure.setYear(record.year());
			figure.setGrowthPercent(record.growthPercent());
			figure.setApproximate(record.approximate());
			figure.setQuote(record.quote());
			figure.setUncertain(record.uncertain());
			String slug = record.subject().slug();
			figure.setSubject(switch (record.subject().type()) {
				case PROVINCE -> Subject.province();
				case COUNTY -> Subject.of(this.counties.get(slug));
				case CLUSTER -> Subject.of(this.clusters.get(slug));
				case COMPANY -> Subject.of(this.companies.get(slug));
			});
			String subjectKey = record.subject().type() + ":" + slug;
			this.factsBySubject.getOrDefault(subjectKey, List.of())
				.stream()
				.filter((fact) -> fact.getText().equals(record.fact()))
				.findFirst()
				.ifPresent(figure::setFact);
			linkSources(figure, record.sources());
			persist(figure);
		}

		private County countyOrNull(String slug) {
			return (slug != null) ? this.counties.get(slug) : null;
		}

		private void linkSources(SourcedEntity entity, List<String> codes) {
			listOf(codes).forEach((code) -> entity.addSource(this.sources.get(code)));
		}

		private <T> T persist(T entity) {
			DatasetImporter.this.entityManager.persist(entity);
			if (++this.pending % FLUSH_EVERY == 0) {
				// Written rows leave the persistence context, so that each flush checks only the last batch (without
				// clear, every flush walks every entity written so far). The maps above keep them as references: no
				// association cascades, so a detached entity only lends its id to the rows written after.
				DatasetImporter.this.entityManager.flush();
				DatasetImporter.this.entityManager.clear();
			}
			return entity;
		}

	}

	private static Comparator<SourceRecord> naturalCodeOrder() {
		return Comparator.comparing((SourceRecord record) -> codePart(record.id(), 1))
			.thenComparingLong((record) -> Long.parseLong("0" + codePart(record.id(), 2)))
			.thenComparing((record) -> codePart(record.id(), 3));
	}

	private static String codePart(String code, int group) {
		Matcher matcher = CODE_NUMBER.matcher(code);
		if (!matcher.matches()) {
			return (group == 1) ? code : "";
		}
		String part = matcher.group(group);
		return (group == 2 && part.length() > 18) ? part.substring(0, 18) : part;
	}

	private static <T> List<T> listOf(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
