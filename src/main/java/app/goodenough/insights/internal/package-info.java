@NullMarked
package app.goodenough.insights.internal;

import org.jspecify.annotations.NullMarked;
