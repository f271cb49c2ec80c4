package org.hebeiatlas.graphql;

import java.util.Map;

/**
 * A check of one field's arguments that runs before a request executes, so that a bad argument refuses the whole
 * request with a clear error instead of failing half-way through it.
 */
public interface ArgumentCheck {

	/** Whether this check is for the field of that name. */
	boolean appliesTo(String fieldName);

	/**
	 * Checks the field's argument values.
	 * @throws InvalidArgumentException naming the argument that cannot be used
	 */
	void check(Map<String, Object> arguments);

}
