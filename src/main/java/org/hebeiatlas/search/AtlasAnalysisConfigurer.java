package org.hebeiatlas.search;

import java.util.Map;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

import org.springframework.stereotype.Component;

/**
 * The analyzers and normalizers of {@link AtlasAnalysis} for the Lucene backend; referenced by bean name from
 * {@code hibernate.search.backend.analysis.configurer}.
 */
@Component(AtlasAnalysisConfigurer.BEAN_NAME)
public class AtlasAnalysisConfigurer implements LuceneAnalysisConfigurer {

	public static final String BEAN_NAME = "atlasAnalysisConfigurer";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		for (AtlasAnalysis.Analyzer analyzer : AtlasAnalysis.ANALYZERS) {
			LuceneAnalysisOptionalComponentsStep step = context.analyzer(analyzer.name())
				.custom()
				.tokenizer(analyzer.tokenizer().lucene);
			for (AtlasAnalysis.CharFilter filter : analyzer.charFilters()) {
				step = withParams(step.charFilter(filter.lucene()), filter.luceneParams());
			}
			for (AtlasAnalysis.TokenFilter filter : analyzer.filters()) {
				step = withParams(step.tokenFilter(filter.lucene()), filter.luceneParams());
			}
		}
		for (AtlasAnalysis.Normalizer normalizer : AtlasAnalysis.NORMALIZERS) {
			LuceneAnalysisOptionalComponentsStep step = context.normalizer(normalizer.name()).custom();
			for (AtlasAnalysis.TokenFilter filter : normalizer.filters()) {
				step = withParams(step.tokenFilter(filter.lucene()), filter.luceneParams());
			}
		}
	}

	private static LuceneAnalysisOptionalComponentsStep withParams(LuceneAnalysisComponentParametersStep step,
			Map<String, String> params) {
		for (Map.Entry<String, String> param : params.entrySet()) {
			step = step.param(param.getKey(), param.getValue());
		}
		return step;
	}

}
