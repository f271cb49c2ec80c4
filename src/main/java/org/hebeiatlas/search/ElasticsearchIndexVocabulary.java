package org.hebeiatlas.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

/**
 * The index's words as an Elasticsearch or OpenSearch cluster gives them: term queries for known words, the term
 * suggester (the same spell checker as Lucene's, run by the cluster) for similar ones.
 */
@Component
@OnElasticsearchBackend
class ElasticsearchIndexVocabulary implements IndexVocabulary {

	private final EntityManagerFactory entityManagerFactory;

	ElasticsearchIndexVocabulary(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public Lookup open(SearchSession session) {
		return new Lookup() {

			@Override
			public boolean isKnown(String normalized) {
				JsonArray anyField = new JsonArray();
				for (String field : SearchQueryBuilder.SEARCHED_FIELDS) {
					anyField.add(object("term", object(field, normalized)));
				}
				JsonObject query = object("bool", object("should", anyField));
				return session.search(SearchService.RESULT_TYPES)
					.extension(ElasticsearchExtension.get())
					.where((f) -> f.fromJson(query))
					.fetchTotalHitCount() > 0;
			}

			@Override
			public List<String> similarWords(String normalized, int maxEdits) {
				Map<String, Integer> found = new LinkedHashMap<>();
				// One request per index: the cluster refuses to suggest from a field that an index does not map.
				for (Class<?> type : SearchService.RESULT_TYPES) {
					JsonObject suggest = suggestRequest(type, normalized, maxEdits);
					ElasticsearchSearchResult<?> result = session.search(type)
						.extension(ElasticsearchExtension.get())
						.where((f) -> f.matchNone())
						.requestTransformer((context) -> context.body().add("suggest", suggest))
						.fetch(0);
					JsonObject suggestions = result.responseBody().getAsJsonObject("suggest");
					if (suggestions == null) {
						continue;
					}
					for (Map.Entry<String, JsonElement> field : suggestions.entrySet()) {
						for (JsonElement entry : field.getValue().getAsJsonArray()) {
							for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
								JsonObject word = option.getAsJsonObject();
								found.merge(word.get("text").getAsString(), word.get("freq").getAsInt(),
										Integer::sum);
							}
						}
					}
				}
				return IndexVocabulary.mostFrequent(found);
			}

			@Override
			public void close() {
			}

		};
	}

	/** Term suggestions for the word from each suggestion field that the type's index maps. */
	private JsonObject suggestRequest(Class<?> type, String normalized, int maxEdits) {
		IndexDescriptor index = Search.mapping(this.entityManagerFactory)
			.indexedEntity(type)
			.indexManager()
			.descriptor();
		JsonObject suggest = new JsonObject();
		suggest.addProperty("text", normalized);
		for (String field : SUGGESTION_FIELDS) {
			if (index.field(field).isEmpty()) {
				continue;
			}
			JsonObject term = new JsonObject();
			term.addProperty("field", field);
			// The word is already normalised as the index holds it; look it up as it is.
			term.addProperty("analyzer", "keyword");
			term.addProperty("suggest_mode", "missing");
			term.addProperty("max_edits", maxEdits);
			term.addProperty("prefix_length", 0);
			term.addProperty("size", MAX_SIMILAR_WORDS);
			suggest.add(field, object("term", term));
		}
		return suggest;
	}

	private static JsonObject object(String name, JsonElement value) {
		JsonObject object = new JsonObject();
		object.add(name, value);
		return object;
	}

	private static JsonObject object(String name, String value) {
		JsonObject object = new JsonObject();
		object.addProperty(name, value);
		return object;
	}

}
