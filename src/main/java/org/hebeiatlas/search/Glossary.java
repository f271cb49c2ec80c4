package org.hebeiatlas.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The bilingual glossary ({@code search/glossary.tsv}) and the multi-word expressions that the query parser keeps
 * together so that a glossary entry or a synonym rule ({@code search/synonyms.txt}) can match them. English is
 * compared in its stemmed form, so "fastener" and "Fasteners" are the same entry.
 */
@Component
public class Glossary {

	static final String GLOSSARY = "search/glossary.tsv";

	private static final int MAX_EXPRESSION_WORDS = 4;

	private final Analyzer english = new SynonymRuleAnalyzer();

	private final Map<String, List<String>> englishByChinese = new LinkedHashMap<>();

	private final Map<String, List<String>> chineseByEnglish = new LinkedHashMap<>();

	private final Set<String> expressions = new HashSet<>();

	public Glossary() {
		for (String line : lines(GLOSSARY)) {
			String[] columns = line.split("\t");
			if (columns.length != 2) {
				throw new IllegalStateException("Glossary line is not 'Chinese<TAB>English|English': " + line);
			}
			String chinese = columns[0].strip();
			for (String english : columns[1].split("\\|")) {
				String key = normalize(english);
				if (!key.isEmpty()) {
					this.englishByChinese.computeIfAbsent(chinese, (c) -> new ArrayList<>()).add(english.strip());
					this.chineseByEnglish.computeIfAbsent(key, (e) -> new ArrayList<>()).add(chinese);
					addExpression(key);
				}
			}
		}
		for (String line : lines(AtlasAnalysis.SYNONYMS)) {
			for (String side : line.split("=>")) {
				for (String phrase : side.split(",")) {
					addExpression(normalize(phrase));
				}
			}
		}
	}

	/** English renderings of a Chinese term, or none. */
	public List<String> englishFor(String chinese) {
		return this.englishByChinese.getOrDefault(chinese, List.of());
	}

	/** Chinese terms for an English word or expression, or none. */
	public List<String> chineseFor(String english) {
		return this.chineseByEnglish.getOrDefault(normalize(english), List.of());
	}

	/** The longest known expression that starts at {@code words[from]}, as a number of words (1 when none). */
	int expressionLength(List<String> words, int from) {
		for (int length = Math.min(MAX_EXPRESSION_WORDS, words.size() - from); length > 1; length--) {
			if (this.expressions.contains(normalize(String.join(" ", words.subList(from, from + length))))) {
				return length;
			}
		}
		return 1;
	}

	/** English text as the index compares it: lower case, unaccented, stemmed words joined by single spaces. */
	String normalize(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = this.english.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return String.join(" ", tokens);
	}

	private void addExpression(String normalized) {
		if (normalized.indexOf(' ') > 0) {
			this.expressions.add(normalized);
		}
	}

	private static Collection<String> lines(String resource) {
		Set<String> lines = new LinkedHashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
		return lines;
	}

}
