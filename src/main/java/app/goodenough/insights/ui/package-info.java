@NullMarked
package app.goodenough.insights.ui;

import org.jspecify.annotations.NullMarked;
