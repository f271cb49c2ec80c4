package org.hebeiatlas.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Looks at the index on disk before Hibernate Search opens it: an index that Lucene cannot read (a crash mid-write,
 * a damaged disk, files from an incompatible version) is set aside, so that the Atlas starts with an empty index and
 * {@link SearchIndexer} rebuilds it from the database. Only for the Lucene backend: a cluster looks after its own.
 */
@Configuration(proxyBeanMethods = false)
@OnLuceneBackend
class SearchIndexDirectoryCheck {

	private static final String ROOT = "spring.jpa.properties.hibernate.search.backend.directory.root";

	private static final String TYPE = "spring.jpa.properties.hibernate.search.backend.directory.type";

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexDirectoryCheck.class);

	@Bean
	static EntityManagerFactoryDependsOnPostProcessor searchIndexCheckedFirst() {
		return new EntityManagerFactoryDependsOnPostProcessor("searchIndexDirectories");
	}

	@Bean
	InitializingBean searchIndexDirectories(Environment environment) {
		return () -> {
			String root = environment.getProperty(ROOT);
			if (root != null && !"local-heap".equals(environment.getProperty(TYPE))) {
				setAsideUnreadable(Path.of(root));
			}
		};
	}

	static void setAsideUnreadable(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		List<Path> indexes;
		try (Stream<Path> children = Files.list(root)) {
			indexes = children.filter(Files::isDirectory).toList();
		}
		for (Path index : indexes) {
			if (!isReadable(index)) {
				logger.warn("The search index in {} cannot be read; it is removed and will be rebuilt from the database",
						index);
				delete(index);
			}
		}
	}

	private static boolean isReadable(Path index) {
		try (Directory directory = FSDirectory.open(index); CheckIndex check = new CheckIndex(directory)) {
			check.setChecksumsOnly(true);
			return check.checkIndex().clean;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static void delete(Path index) throws IOException {
		try (Stream<Path> files = Files.walk(index)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
