package org.hebeiatlas.graphql;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} that starts at any row rather than at a multiple of the page size, as Relay cursors need.
 */
final class OffsetPageRequest implements Pageable {

	private final long offset;

	private final int limit;

	private final Sort sort;

	OffsetPageRequest(long offset, int limit, Sort sort) {
		this.offset = offset;
		this.limit = limit;
		this.sort = sort;
	}

	@Override
	public int getPageNumber() {
		return (int) (this.offset / this.limit);
	}

	@Override
	public int getPageSize() {
		return this.limit;
	}

	@Override
	public long getOffset() {
		return this.offset;
	}

	@Override
	public Sort getSort() {
		return this.sort;
	}

	@Override
	public Pageable next() {
		return new OffsetPageRequest(this.offset + this.limit, this.limit, this.sort);
	}

	@Override
	public Pageable previousOrFirst() {
		return hasPrevious() ? new OffsetPageRequest(Math.max(0, this.offset - this.limit), this.limit, this.sort)
				: first();
	}

	@Override
	public Pageable first() {
		return new OffsetPageRequest(0, this.limit, this.sort);
	}

	@Override
	public Pageable withPage(int pageNumber) {
		return new OffsetPageRequest((long) pageNumber * this.limit, this.limit, this.sort);
	}

	@Override
	public boolean hasPrevious() {
		return this.offset > 0;
	}

}
