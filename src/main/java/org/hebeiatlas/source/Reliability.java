package org.hebeiatlas.source;

/**
 * How far a source can be trusted.
 */
public enum Reliability {

	/** An official page or a major media outlet. */
	HIGH,
	/** A repost of an official or major media page. */
	MEDIUM,
	/** Self-media, a company's own site, garbled or rewritten text. */
	LOW

}
