package org.hebeiatlas.curation;

/**
 * Why a write was refused.
 */
public enum UserErrorCode {

	/** A value breaks a rule: too long, out of range, badly formed, missing. */
	INVALID,
	/** A slug or code is already taken. */
	DUPLICATE,
	/** A reference names nothing: an unknown id, slug or source code. */
	NOT_FOUND,
	/** The object is still referenced and the request did not say what happens to its dependants. */
	STILL_REFERENCED

}
