package org.hebeiatlas.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads a dataset file and checks it whole — syntax, fields, values and references — before anything is written.
 */
@Component
public class DatasetReader {

	/** Large enough for a million-company dataset, small enough to refuse a runaway file. */
	private static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final Validator validator;

	public DatasetReader(Validator validator) {
		this.validator = validator;
	}

	/** The checksum of a dataset file's bytes, without reading what it holds. */
	public String checksum(Resource resource) {
		return sha256(readBytes(resource, describe(resource)));
	}

	public LoadedDataset read(Resource resource) {
		String location = describe(resource);
		byte[] content = readBytes(resource, location);
		AtlasDataset dataset = parse(content, location);
		validateFields(dataset, location);
		DatasetReferences.check(dataset, location);
		return new LoadedDataset(dataset, location, sha256(content));
	}

	private byte[] readBytes(Resource resource, String location) {
		try {
			if (!resource.exists()) {
				throw new DatasetException(location, null, null, "no such file");
			}
			if (resource.isFile() && resource.contentLength() > MAX_FILE_BYTES) {
				throw new DatasetException(location, null, null, "larger than " + MAX_FILE_BYTES + " bytes");
			}
			try (InputStream in = resource.getInputStream()) {
				return in.readAllBytes();
			}
		}
		catch (IOException ex) {
			throw new DatasetException(location, "it cannot be read (" + ex.getClass().getSimpleName() + ")", ex);
		}
	}

	private AtlasDataset parse(byte[] content, String location) {
		try {
			AtlasDataset dataset = this.mapper.readValue(content, AtlasDataset.class);
			if (dataset == null) {
				throw new DatasetException(location, null, null, "the file is empty");
			}
			return dataset;
		}
		catch (DatabindException ex) {
			throw new DatasetException(location, recordOf(ex), fieldOf(ex), problemOf(ex));
		}
		catch (JacksonException ex) {
			throw new DatasetException(location, null, null, "not valid JSON at line "
					+ ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ": "
					+ ex.getOriginalMessage());
		}
	}

	/** Says what is wrong in the dataset's terms, without Jackson's Java class names. */
	private static String problemOf(DatabindException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "unknown field";
		}
		if (ex instanceof InvalidFormatException invalid) {
			Class<?> type = invalid.getTargetType();
			if (type != null && type.isEnum()) {
				return "'" + invalid.getValue() + "' is not one of " + Arrays.toString(type.getEnumConstants());
			}
			return "'" + invalid.getValue() + "' is not a valid " + describe(type);
		}
		if (ex instanceof MismatchedInputException mismatched) {
			return "expected " + describe(mismatched.getTargetType());
		}
		return "unreadable value";
	}

	private static String describe(Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "text";
		}
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "list";
		}
		return "object";
	}

	private void validateFields(AtlasDataset dataset, String location) {
		Set<ConstraintViolation<AtlasDataset>> violations = this.validator.validate(dataset);
		violations.stream()
			.min(Comparator.comparing((ConstraintViolation<AtlasDataset> v) -> v.getPropertyPath().toString()))
			.ifPresent((violation) -> {
				throw new DatasetException(location, recordOf(violation.getPropertyPath()),
						fieldOf(violation.getPropertyPath()), violation.getMessage() + " (value: "
								+ abbreviate(violation.getInvalidValue()) + ")");
			});
	}

	private static String recordOf(DatabindException ex) {
		StringBuilder record = new StringBuilder();
		var path = ex.getPath();
		for (int i = 0; i < path.size() - 1; i++) {
			var reference = path.get(i);
			if (reference.getPropertyName() != null) {
				record.append(record.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				record.append('[').append(reference.getIndex()).append(']');
			}
		}
		return record.toString();
	}

	private static String fieldOf(DatabindException ex) {
		var path = ex.getPath();
		if (path.isEmpty()) {
			return null;
		}
		var last = path.get(path.size() - 1);
		return (last.getPropertyName() != null) ? last.getPropertyName() : "[" + last.getIndex() + "]";
	}

	private static String recordOf(Path path) {
		StringBuilder record = new StringBuilder();
		Path.Node previous = null;
		for (Path.Node node : path) {
			if (previous != null) {
				record.append(record.isEmpty() ? "" : ".").append(previous.getName());
			}
			if (node.getIndex() != null) {
				record.append('[').append(node.getIndex()).append(']');
			}
			previous = node;
		}
		return record.toString().replace(".[", "[");
	}

	private static String fieldOf(Path path) {
		String field = null;
		for (Path.Node node : path) {
			field = node.getName();
		}
		return field;
	}

	private static String abbreviate(Object value) {
		String text = String.valueOf(value);
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

	private static String describe(Resource resource) {
		return resource.getDescription().replaceFirst("^(class path resource|file) \\[(.*)\\]$", "$2");
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A dataset that passed every check, with where it came from and a checksum of its bytes. */
	public record LoadedDataset(AtlasDataset dataset, String location, String checksum) {

	}

}
