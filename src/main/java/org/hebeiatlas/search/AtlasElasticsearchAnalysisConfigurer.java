package org.hebeiatlas.search;

import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep;

import org.springframework.stereotype.Component;

/**
 * The analyzers and normalizers of {@link AtlasAnalysis} for the Elasticsearch backend (Elasticsearch or OpenSearch);
 * referenced by bean name from {@code hibernate.search.backend.analysis.configurer} in the {@code scale} profile.
 * The cluster's nodes need the {@code analysis-smartcn} plugin for {@link AtlasAnalyzers#CHINESE}.
 */
@Component(AtlasElasticsearchAnalysisConfigurer.BEAN_NAME)
public class AtlasElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	public static final String BEAN_NAME = "atlasElasticsearchAnalysisConfigurer";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		for (AtlasAnalysis.TokenFilter filter : AtlasAnalysis.elasticsearchDeclaredFilters()) {
			ElasticsearchAnalysisComponentParametersStep step = context.tokenFilter(filter.name())
				.type(filter.elasticsearchType());
			for (Map.Entry<String, Object> param : filter.elasticsearchParams().entrySet()) {
				param(step, param.getKey(), param.getValue());
			}
		}
		for (AtlasAnalysis.CharFilter filter : AtlasAnalysis.charFilters()) {
			ElasticsearchAnalysisComponentParametersStep step = context.charFilter(filter.name())
				.type(filter.elasticsearchType());
			for (Map.Entry<String, Object> param : filter.elasticsearchParams().entrySet()) {
				param(step, param.getKey(), param.getValue());
			}
		}
		for (AtlasAnalysis.Analyzer analyzer : AtlasAnalysis.ANALYZERS) {
			context.analyzer(analyzer.name())
				.custom()
				.tokenizer(analyzer.tokenizer().elasticsearch)
				.charFilters(analyzer.charFilters().stream().map(AtlasAnalysis.CharFilter::name).toArray(String[]::new))
				.tokenFilters(names(analyzer.filters()));
		}
		for (AtlasAnalysis.Normalizer normalizer : AtlasAnalysis.NORMALIZERS) {
			context.normalizer(normalizer.name()).custom().tokenFilters(names(normalizer.filters()));
		}
	}

	private static void param(ElasticsearchAnalysisComponentParametersStep step, String name, Object value) {
		if (value instanceof Number number) {
			step.param(name, number);
		}
		else if (value instanceof Boolean bool) {
			step.param(name, bool);
		}
		else if (value instanceof List<?> list) {
			step.param(name, list.stream().map(String::valueOf).toArray(String[]::new));
		}
		else {
			step.param(name, String.valueOf(value));
		}
	}

	private static String[] names(List<AtlasAnalysis.TokenFilter> filters) {
		return filters.stream().map(AtlasAnalysis.TokenFilter::name).toArray(String[]::new);
	}

}
