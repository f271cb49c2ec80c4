package org.hebeiatlas.dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Imports the configured dataset at start-up unless the database already holds that very file (same checksum), so
 * that restarts are cheap and keep the data as it is. It runs once every bean is ready and before the web server
 * starts, so that no request ever sees a half-loaded Atlas. Instances that start together on one database take turns
 * ({@link MaintenanceLock}): the first imports, the others find the import done.
 */
@Component
class DatasetStartupLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(DatasetStartupLoader.class);

	private final DatasetProperties properties;

	private final DatasetReader reader;

	private final DatasetImporter importer;

	private final DatasetImportRepository imports;

	private final MaintenanceLock lock;

	DatasetStartupLoader(DatasetProperties properties, DatasetReader reader, DatasetImporter importer,
			DatasetImportRepository imports, MaintenanceLock lock) {
		this.properties = properties;
		this.reader = reader;
		this.importer = importer;
		this.imports = imports;
		this.lock = lock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		importIfNeeded();
	}

	void importIfNeeded() {
		if (!this.properties.importOnStartup()) {
			return;
		}
		this.lock.whileHolding(() -> {
			// A file already imported is not parsed again: checking a large dataset costs more than the rest of a
			// start.
			var latest = this.imports.findFirstByOrderByIdDesc();
			if (latest.isPresent()
					&& latest.get().getChecksum().equals(this.reader.checksum(this.properties.location()))) {
				logger.info("Dataset {} version {} is already imported", latest.get().getLocation(),
						latest.get().getVersion());
				return;
			}
			this.importer.replaceContent(this.reader.read(this.properties.location()));
		});
	}

}
