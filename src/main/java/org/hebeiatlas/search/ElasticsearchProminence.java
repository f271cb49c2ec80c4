package org.hebeiatlas.search;

import java.util.Locale;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;

import org.springframework.stereotype.Component;

/** {@link Prominence} on the Elasticsearch backend: a script sort over each hit's score and doc values. */
@Component
@OnElasticsearchBackend
class ElasticsearchProminence implements Prominence {

	private static final String SCRIPT = """
			double p = doc['%s'].size() == 0 ? 0 : doc['%s'].value;
			double m = doc['%s'].size() == 0 ? 0 : doc['%s'].value;
			return _score * (1 + params.pw * Math.min(p, params.pmax)) * (1 + params.mw * Math.min(m, params.mmax));"""
		.formatted(SearchFields.PROMINENCE, SearchFields.PROMINENCE, SearchFields.MENTIONS, SearchFields.MENTIONS)
		.replace("\n", " ");

	private static final String SORT = String.format(Locale.ROOT, """
			{"_script": {"type": "number", "order": "desc", "script": {"lang": "painless", "source": "%s",
			"params": {"pw": %s, "pmax": %d, "mw": %s, "mmax": %d}}}}""", SCRIPT, PROMINENCE_WEIGHT, MAX_PROMINENCE,
			MENTION_WEIGHT, MAX_MENTIONS);

	@Override
	public SortThenStep sort(SearchSortFactory f) {
		return f.extension(ElasticsearchExtension.get()).fromJson(SORT);
	}

}
