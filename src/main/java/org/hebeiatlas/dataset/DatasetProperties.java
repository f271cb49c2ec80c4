package org.hebeiatlas.dataset;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Which dataset the Atlas serves.
 *
 * @param location the dataset file, such as {@code file:/path/to/my-atlas.json}; the bundled Hebei dataset by default
 * @param importOnStartup whether to import it at start-up when the database does not hold it yet
 * @param importDirectory the only folder from which curators may import a dataset with {@code importDataset}
 */
@ConfigurationProperties("atlas.dataset")
public record DatasetProperties(@DefaultValue("classpath:dataset/hebei-atlas.json") Resource location,
		@DefaultValue("true") boolean importOnStartup, @DefaultValue("./data/import") Path importDirectory) {

}
