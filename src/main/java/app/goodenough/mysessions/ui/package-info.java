@NullMarked
package app.goodenough.mysessions.ui;

import org.jspecify.annotations.NullMarked;
