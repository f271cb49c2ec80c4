package org.hebeiatlas.search;

/**
 * Names of the analyzers and normalizers that {@link AtlasAnalysisConfigurer} defines, for use in mapping annotations
 * and queries.
 */
public final class AtlasAnalyzers {

	/** Indexing analyzer of text fields: English words stemmed, Chinese characters as overlapping bigrams. */
	public static final String TEXT = "atlas_text";

	/** Query-time twin of {@link #TEXT} that also expands the curated domain synonyms. */
	public static final String TEXT_QUERY = "atlas_text_query";

	/** Chinese word segmentation (smartcn) of the Chinese characters of a text, for the {@code _zh} twin fields. */
	public static final String CHINESE = "atlas_chinese";

	/** Edge n-grams of each word of a name, for search-as-you-type. */
	public static final String PREFIX = "atlas_prefix";

	/** Query-time twin of {@link #PREFIX}: whole words, no n-grams. */
	public static final String PREFIX_QUERY = "atlas_prefix_query";

	/** Edge n-grams of a whole Chinese name (no spaces to split on), for search-as-you-type. */
	public static final String PREFIX_ZH = "atlas_prefix_zh";

	/** Query-time twin of {@link #PREFIX_ZH}. */
	public static final String PREFIX_ZH_QUERY = "atlas_prefix_zh_query";

	/** Normalizer of sort keys: case and accents ignored. */
	public static final String SORT = "atlas_sort";

	/** Normalizer of facet values: kept as written, surrounding spaces trimmed. */
	public static final String FACET = "atlas_facet";

	private AtlasAnalyzers() {
	}

}
