package org.hebeiatlas.search;

import java.util.List;
import java.util.Map;

import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * The words the search index holds, as the typo corrections need them; read the way the backend allows
 * ({@link LuceneIndexVocabulary}, {@link ElasticsearchIndexVocabulary}).
 */
interface IndexVocabulary {

	/** Fields whose words count as "known" for typo tolerance and spelling suggestions. */
	List<String> SUGGESTION_FIELDS = List.of("name", "description", "industry", "titles", "brands.name",
			"products.name", "products.description", "clusters.name", "clusters.industry", "awards.name",
			"company.name", "county.name", "city.name");

	/** How many similar words to offer for one word at most. */
	int MAX_SIMILAR_WORDS = 3;

	/** Opens the index for a few look-ups; close it when done. */
	Lookup open(SearchSession session);

	/** The words of the most frequent first, at most {@link #MAX_SIMILAR_WORDS}. */
	static List<String> mostFrequent(Map<String, Integer> frequencies) {
		return frequencies.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(MAX_SIMILAR_WORDS)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Look-ups into one open view of the index. */
	interface Lookup extends AutoCloseable {

		/** Whether any searched field holds the word (lower case, unaccented, stemmed). */
		boolean isKnown(String normalized);

		/**
		 * The most frequent index words within {@code maxEdits} of the word, over all {@link #SUGGESTION_FIELDS}, at
		 * most {@link #MAX_SIMILAR_WORDS}, most frequent first.
		 */
		List<String> similarWords(String normalized, int maxEdits);

		@Override
		void close();

	}

}
