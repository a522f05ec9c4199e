@NullMarked
package app.goodenough.blocks.ui;

import org.jspecify.annotations.NullMarked;
