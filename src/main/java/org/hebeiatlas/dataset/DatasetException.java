package org.hebeiatlas.dataset;

/**
 * A dataset file that cannot be imported; the message names the file, the record and the field.
 */
public class DatasetException extends RuntimeException {

	public DatasetException(String location, String record, String field, String problem) {
		super(describe(location, record, field, problem));
	}

	public DatasetException(String location, String problem, Throwable cause) {
		super("Dataset file '" + location + "' cannot be imported: " + problem, cause);
	}

	private static String describe(String location, String record, String field, String problem) {
		StringBuilder message = new StringBuilder("Dataset file '").append(location).append("' is invalid");
		if (record != null && !record.isEmpty()) {
			message.append(" at record ").append(record);
		}
		if (field != null && !field.isEmpty()) {
			message.append(", field '").append(field).append("'");
		}
		return message.append(": ").append(problem).toString();
	}

}
