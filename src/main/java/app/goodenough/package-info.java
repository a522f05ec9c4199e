/**
 * Good Enough, the booking and notes system of a coach: one feature per subpackage, each
 * depending only on the ones it builds on ({@code src/docs/decisions/001-one-feature-per-package.md}).
 */
@NullMarked
package app.goodenough;

import org.jspecify.annotations.NullMarked;
