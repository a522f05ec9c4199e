@NullMarked
package app.goodenough.freetimes.ui;

import org.jspecify.annotations.NullMarked;
