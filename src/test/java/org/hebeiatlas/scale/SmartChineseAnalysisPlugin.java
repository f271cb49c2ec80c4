package org.hebeiatlas.scale;

import java.util.Map;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The tokenizer of OpenSearch's {@code analysis-smartcn} plugin, under the same name, over the same Lucene module, for
 * the test node: the official plugin is not published as a Maven artifact. Production clusters install the official
 * plugin instead ({@code bin/opensearch-plugin install analysis-smartcn}).
 */
public class SmartChineseAnalysisPlugin extends Plugin implements AnalysisPlugin {

	@Override
	public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
		return Map.of("smartcn_tokenizer", (indexSettings, environment, name, settings) -> TokenizerFactory
			.newFactory(name, HMMChineseTokenizer::new));
	}

}
