package org.hebeiatlas.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.hebeiatlas.graphql.InvalidArgumentException;
import org.hebeiatlas.search.SearchQueryParser.ParsedQuery;
import org.hebeiatlas.search.SearchResultConnection.SearchFacetField;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.SearchException;

/**
 * Builds the predicate of one search: the text query (weighted fields, typo corrections, glossary translations, a
 * bonus for an exact name) and the filters, optionally without one facet's filter.
 */
final class SearchQueryBuilder {

	/**
	 * The text fields a query searches in each kind of hit, with their weights: the hit's own names first, then what
	 * describes it, then the names of what it is related to. Each field also has a Chinese-word twin
	 * ({@link SearchText#CHINESE_SUFFIX}). A kind's factor scales all its weights: products rank below the companies
	 * and clusters they belong to when both match alike.
	 */
	private static final Map<SearchResultType, Map<String, Float>> TEXT_FIELDS = Map.of(
			SearchResultType.COMPANY,
			weights(1f, "name", 5f, "nameZh", 5f, "brands.name", 4f, "brands.nameZh", 4f, "products.name", 3f,
					"products.nameZh", 3f, "description", 2.5f, "awards.name", 2f, "awards.nameZh", 2f,
					"products.description", 1.5f, "clusters.name", 1f, "clusters.nameZh", 1f, "clusters.industry", 1f,
					"county.name", 1f, "county.nameZh", 1f, "county.city.name", 0.6f, "county.city.nameZh", 0.6f),
			SearchResultType.PRODUCT,
			weights(0.6f, "name", 5f, "nameZh", 5f, "brand.name", 3f, "brand.nameZh", 3f, "description", 2f,
					"awards.name", 2f, "awards.nameZh", 2f, "company.name", 1.5f, "company.nameZh", 1.5f,
					"company.county.name", 0.8f, "company.county.nameZh", 0.8f, "company.county.city.name", 0.5f,
					"company.county.city.nameZh", 0.5f),
			SearchResultType.CLUSTER,
			weights(1.2f, "name", 5f, "nameZh", 5f, "titles", 3f, "industry", 3f, "awards.name", 2f,
					"awards.nameZh", 2f, "county.name", 1.5f, "county.nameZh", 1.5f, "county.city.name", 0.8f,
					"county.city.nameZh", 0.8f),
			SearchResultType.COUNTY,
			weights(1f, "name", 5f, "nameZh", 5f, "city.name", 2f, "city.nameZh", 2f, "clusters.name", 1f,
					"clusters.nameZh", 1f, "awards.name", 1f, "awards.nameZh", 1f));

	/** Every searched field, in the order highlights are listed. */
	static final List<String> SEARCHED_FIELDS = List.of("name", "nameZh", "brands.name", "brands.nameZh",
			"brand.name", "brand.nameZh", "titles", "industry", "description", "products.name", "products.nameZh",
			"products.description", "awards.name", "awards.nameZh", "company.name", "company.nameZh", "clusters.name",
			"clusters.nameZh", "clusters.industry", "county.name", "county.nameZh", "city.name", "city.nameZh",
			"county.city.name", "county.city.nameZh", "company.county.name", "company.county.nameZh",
			"company.county.city.name", "company.county.city.nameZh");

	/** Weight of a typo-corrected word relative to the word as typed. */
	private static final float CORRECTION_WEIGHT = 0.4f;

	/** Added to the score of a hit whose whole English name is the query ("Qinghe" finds the county first). */
	private static final float EXACT_NAME_BONUS = 30f;

	/** Weight of a glossary translation relative to the term as typed. */
	private static final float TRANSLATION_WEIGHT = 0.8f;

	static {
		// The caps on query length and terms bound a query to a few thousand clauses (29 fields, their Chinese
		// twins, typo corrections and translations per term); Lucene's default of 1024 is for unbounded input.
		IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 8192));
	}

	private final Glossary glossary;

	private final String text;

	private final ParsedQuery parsed;

	private final Map<String, List<String>> corrections;

	private final SearchFilter filter;

	/**
	 * @param corrections typo corrections of the query's words, keyed by the word as typed in lower case
	 */
	SearchQueryBuilder(Glossary glossary, String text, ParsedQuery parsed, Map<String, List<String>> corrections,
			SearchFilter filter) {
		this.glossary = glossary;
		this.text = text;
		this.parsed = parsed;
		this.corrections = corrections;
		this.filter = filter;
	}

	/** The whole predicate; {@code ignoredFacet} (may be null) names a facet whose filter is left out. */
	PredicateFinalStep query(SearchPredicateFactory f, SearchFacetField ignoredFacet) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (this.parsed.isEmpty()) {
			bool.must(f.matchAll());
		}
		else {
			// Each kind of hit is matched on its own fields with its own weights.
			BooleanPredicateClausesStep<?, ?> anyType = f.bool();
			TEXT_FIELDS.forEach((type, fields) -> anyType.should(textOf(f, type, fields)));
			bool.must(anyType);
		}
		for (SearchQueryParser.Term term : this.parsed.excluded()) {
			for (Map<String, Float> fields : TEXT_FIELDS.values()) {
				bool.mustNot(term(f, term, fields));
			}
		}
		SearchFilters.addTo(f, bool, this.filter, ignoredFacet);
		return bool;
	}

	/** The error to report for a failed search: a client error when the query has too many clauses. */
	static RuntimeException tooComplexOr(SearchException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			// Lucene's own exception; a cluster reports it in its response ("too_many_clauses").
			if (cause instanceof IndexSearcher.TooManyClauses
					|| (cause.getMessage() != null && cause.getMessage().contains("too_many_clauses"))) {
				return new InvalidArgumentException("query", "is too complex; use fewer or shorter terms");
			}
		}
		return ex;
	}

	private PredicateFinalStep textOf(SearchPredicateFactory f, SearchResultType type, Map<String, Float> fields) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		bool.filter(f.match().field(SearchFields.TYPE).matching(type.name()));
		// Products are named with common words ("Luggage", "Instant noodles"): only proper names get the bonus.
		if (type != SearchResultType.PRODUCT && this.parsed.excluded().isEmpty()) {
			bool.should(f.match()
				.field(SearchFields.NAME_SORT)
				.matching(this.text.strip())
				.constantScore()
				.boost(EXACT_NAME_BONUS));
		}
		for (List<SearchQueryParser.Term> alternatives : this.parsed.required()) {
			if (alternatives.size() == 1) {
				bool.must(term(f, alternatives.get(0), fields));
			}
			else {
				BooleanPredicateClausesStep<?, ?> any = f.bool();
				alternatives.forEach((term) -> any.should(term(f, term, fields)));
				bool.must(any);
			}
		}
		return bool;
	}

	private PredicateFinalStep term(SearchPredicateFactory f, SearchQueryParser.Term term, Map<String, Float> fields) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		switch (term.kind()) {
			case WORD, EXPRESSION -> {
				any.should(latin(f, fields, term.text(), 1f));
				this.corrections.getOrDefault(term.text().toLowerCase(Locale.ROOT), List.of())
					.forEach((correction) -> any.should(exactTerm(f, fields, correction, CORRECTION_WEIGHT)));
				this.glossary.chineseFor(term.text())
					.forEach((chinese) -> any.should(chinese(f, fields, chinese, TRANSLATION_WEIGHT)));
			}
			case CHINESE -> {
				any.should(chinese(f, fields, term.text(), 1f));
				this.glossary.englishFor(term.text())
					.forEach((english) -> any.should(latin(f, fields, english, TRANSLATION_WEIGHT)));
			}
			case PHRASE -> {
				any.should(latin(f, fields, term.text(), 1f));
				any.should(eachField(f, fields, true,
						(field, weight) -> f.phrase().field(field).matching(term.text()).boost(weight)));
			}
		}
		return any;
	}

	/** English words (stemmed, with synonyms) next to each other in one field. */
	private static PredicateFinalStep latin(SearchPredicateFactory f, Map<String, Float> fields, String text,
			float weight) {
		return eachField(f, fields, false,
				(field, fieldWeight) -> f.phrase().field(field).matching(text).boost(fieldWeight * weight));
	}

	/** A word as the index holds it (a typo correction), in any field. */
	private static PredicateFinalStep exactTerm(SearchPredicateFactory f, Map<String, Float> fields,
			String indexTerm, float weight) {
		return eachField(f, fields, false, (field, fieldWeight) -> f.match()
			.field(field)
			.matching(indexTerm)
			.skipAnalysis()
			.boost(fieldWeight * weight));
	}

	/** Chinese characters as a substring (bigrams in a row), or all their segmented words in one field. */
	private static PredicateFinalStep chinese(SearchPredicateFactory f, Map<String, Float> fields, String text,
			float weight) {
		return f.or(
				eachField(f, fields, false,
						(field, fieldWeight) -> f.phrase().field(field).matching(text).boost(fieldWeight * weight)),
				eachField(f, fields, true, (field, fieldWeight) -> f.match()
					.field(field)
					.matching(text)
					.minimumShouldMatchPercent(100)
					.boost(fieldWeight * weight * 0.8f)));
	}

	private static PredicateFinalStep eachField(SearchPredicateFactory f, Map<String, Float> fields,
			boolean chineseTwin, FieldPredicate predicate) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		fields.forEach((field, weight) -> any
			.should(predicate.on(chineseTwin ? field + SearchText.CHINESE_SUFFIX : field, weight)));
		return any;
	}

	private static Map<String, Float> weights(float factor, Object... fieldsAndWeights) {
		Map<String, Float> weights = new LinkedHashMap<>();
		for (int i = 0; i < fieldsAndWeights.length; i += 2) {
			weights.put((String) fieldsAndWeights[i], factor * (Float) fieldsAndWeights[i + 1]);
		}
		return weights;
	}

	@FunctionalInterface
	private interface FieldPredicate {

		PredicateFinalStep on(String field, float weight);

	}

}
