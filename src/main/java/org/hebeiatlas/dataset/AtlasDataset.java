package org.hebeiatlas.dataset;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.award.AwardLevel;
import org.hebeiatlas.company.CompanyKind;
import org.hebeiatlas.county.CityKind;
import org.hebeiatlas.county.CountyKind;
import org.hebeiatlas.figure.FigureMetric;
import org.hebeiatlas.model.NamedEntity;
import org.hebeiatlas.source.Reliability;

/**
 * The dataset file format {@value #FORMAT}: the whole Atlas as one JSON document. Records refer to each other by slug,
 * and to sources by code. See docs/dataset.md.
 */
public record AtlasDataset(@NotNull @Pattern(regexp = FORMAT) String format, @NotBlank @Size(max = 100) String version,
		String description, @NotNull List<@Valid @NotNull SourceRecord> sources,
		@NotNull List<@Valid @NotNull CityRecord> cities, @NotNull List<@Valid @NotNull CountyRecord> counties,
		@NotNull List<@Valid @NotNull ClusterRecord> clusters, @NotNull List<@Valid @NotNull CompanyRecord> companies,
		@NotNull List<@Valid @NotNull AwardRecord> awards, @NotNull List<@Valid @NotNull PlanRecord> plans,
		@NotNull List<@Valid @NotNull FactRecord> provincialFacts, @NotNull List<@Valid @NotNull FigureRecord> figures) {

	public static final String FORMAT = "hebei-atlas-dataset/1";

	private static final String SLUG = NamedEntity.SLUG_PATTERN;

	private static final String URL = "https?://\\S+";

	private static final int MIN_YEAR = 1000;

	private static final int MAX_YEAR = 2100;

	public int recordCount() {
		return this.sources.size() + this.cities.size() + this.counties.size() + this.clusters.size()
				+ this.companies.size() + this.awards.size() + this.plans.size() + this.provincialFacts.size()
				+ this.figures.size();
	}

	public record SourceRecord(@NotBlank @Size(max = 32) String id, @NotBlank @Size(max = 500) String title,
			@Size(max = 2000) @Pattern(regexp = URL) String url, @Size(max = 100) String date,
			@Size(max = 500) String publisher, @NotNull Reliability reliability, @Size(max = 2000) String note) {
	}

	public record CityRecord(@NotNull @Size(max = 100) @Pattern(regexp = SLUG) String slug,
			@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameZh, @NotNull CityKind kind,
			List<@NotBlank String> sources) {
	}

	public record CountyRecord(@NotNull @Size(max = 100) @Pattern(regexp = SLUG) String slug,
			@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameZh, @NotNull CountyKind kind,
			@NotBlank String city, boolean provinciallyAdministered, @Size(max = 2000) String note,
			@DecimalMin("-90") @DecimalMax("90") Double latitude, @DecimalMin("-180") @DecimalMax("180") Double longitude,
			@Valid CoordinateSource coordinateSource, @NotNull List<@Valid @NotNull FactRecord> facts,
			@NotNull List<@NotBlank String> sources) {
	}

	public record CoordinateSource(@Size(max = 500) String title, @Size(max = 2000) @Pattern(regexp = URL) String url) {
	}

	public record ClusterRecord(@NotNull @Size(max = 100) @Pattern(regexp = SLUG) String slug,
			@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameZh, String county,
			@NotBlank @Size(max = 1000) String industry, List<@NotBlank @Size(max = 500) String> titles,
			@NotNull List<@Valid @NotNull FactRecord> facts, @NotNull List<@NotBlank String> sources) {
	}

	public record CompanyRecord(@NotNull @Size(max = 100) @Pattern(regexp = SLUG) String slug,
			@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameZh, @NotNull CompanyKind kind,
			String county, List<@NotBlank String> clusters, @Size(max = 4000) String description,
			List<@Valid @NotNull BrandRecord> brands, List<@Valid @NotNull ProductRecord> products,
			@NotNull List<@Valid @NotNull FactRecord> facts, @NotNull List<@NotBlank String> sources,
			boolean uncertain, @Size(max = 2000) String note) {
	}

	public record BrandRecord(@NotNull @Size(max = 100) @Pattern(regexp = SLUG) String slug,
			@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameZh, List<@NotBlank String> sources) {
	}

	public record ProductRecord(@NotNull @Size(max = 100) @Pattern(regexp = SLUG) String slug,
			@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameZh,
			@Size(max = 4000) String description, String brand, List<@NotBlank String> sources) {
	}

	public record AwardRecord(@NotNull @Size(max = 100) @Pattern(regexp = SLUG) String slug,
			@NotBlank @Size(max = 500) String name, @Size(max = 500) String nameZh, @Size(max = 300) String category,
			@NotNull AwardLevel level, @Size(max = 500) String grantor,
			@Min(MIN_YEAR) @Max(MAX_YEAR) Integer year, @Size(max = 200) String yearText,
			@Size(max = 4000) String description, List<@Valid @NotNull RecipientRecord> recipients,
			@Size(max = 1000) String recipientText, String county, @NotNull List<@NotBlank String> sources,
			boolean uncertain) {
	}

	public record RecipientRecord(@NotNull RecipientType type, @NotBlank String slug) {
	}

	/** What an award recipient reference points at. */
	public enum RecipientType {

		COMPANY, PRODUCT, CLUSTER, COUNTY

	}

	public record PlanRecord(@NotNull @Size(max = 100) @Pattern(regexp = SLUG) String slug,
			@NotBlank @Size(max = 500) String name, @Size(max = 500) String nameZh, @Size(max = 500) String issuer,
			@Size(max = 100) String date, @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year,
			@Size(max = 4000) String description, @NotNull List<@NotBlank String> sources, boolean uncertain) {
	}

	public record FactRecord(@NotBlank @Size(max = 4000) String text, @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year,
			@NotEmpty List<@NotBlank String> sources, boolean uncertain, @Size(max = 2000) String note) {
	}

	public record FigureRecord(@Valid @NotNull SubjectRecord subject, @NotNull FigureMetric metric,
			@NotBlank @Size(max = 300) String label, @NotNull Double value, @NotBlank @Size(max = 32) String unit,
			@Min(MIN_YEAR) @Max(MAX_YEAR) Integer year, Double growthPercent, boolean approximate,
			@Size(max = 1000) String quote, @Size(max = 4000) String fact, @NotEmpty List<@NotBlank String> sources,
			boolean uncertain) {
	}

	public record SubjectRecord(@NotNull SubjectType type, @NotBlank String slug) {
	}

	/** What a figure's subject reference points at. */
	public enum SubjectType {

		PROVINCE, COUNTY, CLUSTER, COMPANY

	}

}
