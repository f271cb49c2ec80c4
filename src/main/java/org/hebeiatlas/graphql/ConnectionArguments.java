package org.hebeiatlas.graphql;

import java.util.function.LongSupplier;

/**
 * The Relay paging arguments of a connection field: {@code first}/{@code after} forward, {@code last}/{@code before}
 * backward. Bound from the field's arguments with {@code @Arguments}; other arguments of the field are ignored here.
 */
public record ConnectionArguments(Integer first, String after, Integer last, String before) {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	public static ConnectionArguments firstPage(int first) {
		return new ConnectionArguments(first, null, null, null);
	}

	/**
	 * The rows this request asks for, as an offset and a limit into the whole ordered list.
	 * @param totalCount counts the whole list; called only when paging backwards from its end
	 */
	public PageWindow window(LongSupplier totalCount) {
		validate();
		long start = (this.after != null) ? Cursor.decode("after", this.after) + 1 : 0;
		long end = (this.before != null) ? Cursor.decode("before", this.before) : Long.MAX_VALUE;
		if (this.last != null) {
			if (end == Long.MAX_VALUE) {
				end = totalCount.getAsLong();
			}
			long from = Math.max(start, end - this.last);
			return new PageWindow(from, (int) Math.max(0, end - from), end);
		}
		int size = (this.first != null) ? this.first : DEFAULT_PAGE_SIZE;
		long limit = Math.max(0, Math.min(size, end - start));
		return new PageWindow(start, (int) limit, end);
	}

	/**
	 * Checks the arguments without reading anything.
	 * @throws InvalidArgumentException naming the first argument that cannot be used
	 */
	public void validate() {
		checkSize("first", this.first);
		checkSize("last", this.last);
		if (this.first != null && this.last != null) {
			throw new InvalidArgumentException("last", "cannot be combined with 'first'");
		}
		if (this.after != null) {
			Cursor.decode("after", this.after);
		}
		if (this.before != null) {
			Cursor.decode("before", this.before);
		}
	}

	private static void checkSize(String argument, Integer value) {
		if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
			throw new InvalidArgumentException(argument, "must be between 0 and " + MAX_PAGE_SIZE + ", was " + value);
		}
	}

	/**
	 * Rows {@code offset} to {@code offset + limit - 1} of a list, read while the list is cut off at {@code end}
	 * (a {@code before} cursor) or not at all ({@link Long#MAX_VALUE}).
	 */
	public record PageWindow(long offset, int limit, long end) {

	}

}
