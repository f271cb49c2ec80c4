package org.hebeiatlas.dataset;

import java.nio.file.Path;
import java.util.List;

import org.hebeiatlas.curation.UserError;
import org.hebeiatlas.curation.UserErrorCode;
import org.hebeiatlas.dataset.DatasetImporter.ImportSummary;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.core.io.FileSystemResource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code importDataset} mutation: the same checked, all-or-nothing import path as the start-up loader, limited to
 * files in the configured import folder.
 */
@Controller
@CuratorOnly
class DatasetMutationController {

	private final DatasetProperties properties;

	private final DatasetReader reader;

	private final DatasetImporter importer;

	DatasetMutationController(DatasetProperties properties, DatasetReader reader, DatasetImporter importer) {
		this.properties = properties;
		this.reader = reader;
		this.importer = importer;
	}

	@MutationMapping
	ImportDatasetPayload importDataset(@Argument ImportDatasetInput input) {
		Path folder = this.properties.importDirectory().toAbsolutePath().normalize();
		Path file = folder.resolve(input.file()).normalize();
		if (!file.getParent().equals(folder)) {
			return ImportDatasetPayload.rejected(UserErrorCode.INVALID, "Name a file inside the import folder.");
		}
		try {
			return new ImportDatasetPayload(
					this.importer.replaceContent(this.reader.read(new FileSystemResource(file))), List.of());
		}
		catch (DatasetException ex) {
			// The message names the file by its full path on the server; the curator knows it by its name.
			String message = ex.getMessage().replace(file.toString(), input.file());
			UserErrorCode code = message.endsWith("no such file") ? UserErrorCode.NOT_FOUND : UserErrorCode.INVALID;
			return ImportDatasetPayload.rejected(code, message);
		}
	}

	@SchemaMapping(typeName = "DatasetImportSummary")
	long durationMs(ImportSummary summary) {
		return summary.took().toMillis();
	}

	record ImportDatasetInput(String file) {
	}

	record ImportDatasetPayload(ImportSummary summary, List<UserError> userErrors) {

		static ImportDatasetPayload rejected(UserErrorCode code, String message) {
			return new ImportDatasetPayload(null, List.of(new UserError(List.of("input", "file"), message, code)));
		}

	}

}
